import Foundation
import OCPAPI

/// `--status S,…` of `tasks`: status classes (`running`, `succeeded`, `failed`, `paused`,
/// `pending`, `unknown`) and OCP's own spellings (`DONE`, `INTERRUPTED`, …), in any case.
struct StatusFilter: Sendable, Equatable {
    /// The classes asked for.
    var classes: Set<StatusClass>
    /// OCP's spellings asked for, upper-cased.
    var spellings: Set<String>

    /// The filter of `text` for a list whose documented statuses are `documented`; `nil` for none.
    /// - Throws: a usage failure naming a value that is neither a class nor a documented status.
    static func parse(_ text: String?, documented: [String]) throws(CommandFailure) -> StatusFilter? {
        let values = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !values.isEmpty else { return nil }
        var filter = StatusFilter(classes: [], spellings: [])
        let known = Set(documented.map { $0.uppercased() })
        for value in values {
            if let statusClass = StatusClass(rawValue: value.lowercased()) {
                filter.classes.insert(statusClass)
            } else if known.contains(value.uppercased()) {
                filter.spellings.insert(value.uppercased())
            } else {
                throw .usage(
                    "Unknown status '\(InputExcerpt.clipped(value))' in --status; give a class ("
                        + StatusClass.allCases.map(\.rawValue).joined(separator: ", ") + ") or one of OCP's statuses of this list ("
                        + documented.joined(separator: ", ") + "); nothing was sent.")
            }
        }
        return filter
    }

    /// Whether a row of class `statusClass` whose status OCP spelt `status` passes.
    func accepts(_ status: (some OCPStatus)?, statusClass: StatusClass) -> Bool {
        classes.contains(statusClass) || status.map { spellings.contains($0.normalized) } ?? false
    }
}
