import Foundation
import OCPAPI

/// A `sort=field,asc|desc` order of the cluster list; the fields OCP sorts on here are `id`,
/// `name`, `obVersion` (numerically) and `status`. Ties fall back to id.
package struct ClusterSort: Sendable, Hashable {
    /// The sortable fields.
    package enum Field: String, Sendable, CaseIterable {
        /// OCP id.
        case id
        /// Name.
        case name
        /// OceanBase version, compared numerically.
        case obVersion
        /// Status.
        case status
    }

    /// The field.
    package var field: Field
    /// Descending instead of ascending.
    package var descending: Bool

    /// Makes an order.
    package init(field: Field, descending: Bool) {
        self.field = field
        self.descending = descending
    }

    /// Parses `field[,asc|desc]` (direction case-insensitive, ascending when left out).
    /// - Throws: COM10011 for an unknown field, COM10001 for an unknown direction.
    package init(parsing text: String) throws(SimulatorAPIError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, let field = Field(rawValue: name) else {
            throw .unsortable(parts.first ?? text)
        }
        switch parts.count > 1 ? parts[1].lowercased() : "asc" {
        case "asc": self.init(field: field, descending: false)
        case "desc": self.init(field: field, descending: true)
        default: throw .invalidParameter("sort", "the direction must be asc or desc")
        }
    }

    /// Whether `lhs` comes before `rhs`.
    package func areInIncreasingOrder(_ lhs: ClusterSeed, _ rhs: ClusterSeed) -> Bool {
        let ascending: Bool
        switch field {
        case .id:
            return descending ? lhs.id > rhs.id : lhs.id < rhs.id
        case .name:
            guard lhs.name != rhs.name else { return lhs.id < rhs.id }
            ascending = lhs.name < rhs.name
        case .obVersion:
            let left = OBVersion(lhs.obVersion) ?? OBVersion(0)
            let right = OBVersion(rhs.obVersion) ?? OBVersion(0)
            guard left != right else { return lhs.id < rhs.id }
            ascending = left < right
        case .status:
            guard lhs.status != rhs.status else { return lhs.id < rhs.id }
            ascending = lhs.status.rawValue < rhs.status.rawValue
        }
        return descending ? !ascending : ascending
    }
}
