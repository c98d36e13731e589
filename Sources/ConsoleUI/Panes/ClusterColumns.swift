import ConsoleCore

/// The widths of the list's columns for a pane width; the name takes what is left. Narrower
/// than 40 cells only name and status show.
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
    /// Whether only name and status show.
    let compact: Bool

    /// Columns for `width` cells inside the frame.
    init(width: Int) {
        compact = width < 40
        name = max(6, width - Self.marker - Self.status - 1 - (compact ? 0 : Self.version + Self.type + 2))
    }

    /// The cells of one row, each with its width and whether it is the status.
    func cells(name: String, version: String, status: String, type: String) -> [(text: String, width: Int, isStatus: Bool)] {
        if compact { return [(name, self.name, false), (status, Self.status, true)] }
        return [(name, self.name, false), (version, Self.version, false), (status, Self.status, true), (type, Self.type, false)]
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
