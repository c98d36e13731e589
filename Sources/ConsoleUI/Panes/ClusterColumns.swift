import ConsoleCore

/// The widths of the list's columns for a pane width; the name takes what is left.
struct ClusterColumns: Sendable, Hashable {
    /// Cursor marker.
    static let marker = 2
    /// Version.
    static let version = 9
    /// Status.
    static let status = 11
    /// Type.
    static let type = 7
    /// The name column.
    let name: Int

    /// Columns for `width` cells inside the frame.
    init(width: Int) {
        name = max(6, width - Self.marker - Self.version - Self.status - Self.type - 3)
    }

    /// The cells of one row: name, version, status, type, each padded to its column.
    func cells(name: String, version: String, status: String, type: String) -> [(String, Int)] {
        [(name, self.name), (version, Self.version), (status, Self.status), (type, Self.type)]
    }

    /// The role of a status: running is fine, failing or gone states are errors, the rest needs attention.
    static func role(ofStatus status: String) -> Role {
        switch status {
        case "RUNNING": .ok
        case "": .muted
        case "ABANDONED", "UNAVAILABLE", "FAILED", "DELETED", "STOPPED": .error
        default: .warning
        }
    }
}
