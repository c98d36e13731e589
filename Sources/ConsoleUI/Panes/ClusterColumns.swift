import ConsoleCore

/// The list's columns at a pane width: a name of at least ``nameWidth`` cells stays whole, and
/// to make room the columns go by priority (type, then version, then the statuses are
/// abbreviated, then the cluster status, the log delay, the data backup age and the schedule
/// go); the name takes what is left.
struct ClusterColumns: Sendable {
    /// A column of the list.
    enum Column: Sendable, Hashable {
        /// The cluster's name.
        case name
        /// The worst health rule: OK, WARN, CRIT or `?`.
        case health
        /// The schedule status.
        case schedule
        /// The age of the last successful data backup.
        case dataAge
        /// The log backup delay.
        case logDelay
        /// The OceanBase version.
        case version
        /// The cluster status.
        case status
        /// PRIMARY or STANDBY.
        case type
    }

    /// Cursor marker.
    static let marker = 2
    /// The name width kept whole (CJK characters count two).
    static let nameWidth = 20
    /// The widths of the columns other than the name, full and abbreviated.
    static let widths: [Column: (full: Int, short: Int)] = [
        .health: (7, 7), .schedule: (8, 4), .dataAge: (4, 4), .logDelay: (4, 4), .version: (9, 9), .status: (11, 4), .type: (7, 7),
    ]
    /// The ways to lay the row out, from the widest: each drops or abbreviates one more thing.
    static let variants: [(columns: [Column], short: Bool)] = [
        ([.health, .schedule, .dataAge, .logDelay, .version, .status, .type], false),
        ([.health, .schedule, .dataAge, .logDelay, .version, .status], false),
        ([.health, .schedule, .dataAge, .logDelay, .status], false),
        ([.health, .schedule, .dataAge, .logDelay, .status], true),
        ([.health, .schedule, .dataAge, .logDelay], true),
        ([.health, .schedule, .dataAge], true),
        ([.health, .schedule], true),
        ([.health], true),
    ]

    /// The columns after the name, in order, with their widths.
    let others: [(column: Column, width: Int)]
    /// The name column.
    let name: Int
    /// Whether statuses are abbreviated.
    let short: Bool

    /// Columns for `width` cells inside the frame.
    init(width: Int) {
        let fitting = Self.variants.first { Self.fixedWidth(of: $0) + Self.nameWidth <= width } ?? Self.variants[Self.variants.count - 1]
        short = fitting.short
        others = fitting.columns.map { column in (column, fitting.short ? Self.widths[column]?.short ?? 0 : Self.widths[column]?.full ?? 0) }
        name = max(6, width - Self.fixedWidth(of: fitting))
    }

    /// The cells of a layout besides the name: the marker and every column with the space
    /// before it.
    static func fixedWidth(of variant: (columns: [Column], short: Bool)) -> Int {
        marker + variant.columns.reduce(0) { sum, column in sum + 1 + ((variant.short ? widths[column]?.short : widths[column]?.full) ?? 0) }
    }

    /// The inner width that shows a whole name with the columns of `variant` (an index of
    /// ``variants``).
    static func innerWidth(variant: Int) -> Int { fixedWidth(of: variants[variant]) + nameWidth }

    /// The role of a status: running is fine, failing or gone states are errors, the rest needs attention.
    static func role(ofStatus status: String) -> Role {
        switch status {
        case "RUNNING": .ok
        case "": .muted
        case "ABANDONED", "UNAVAILABLE", "FAILED", "DELETED", "STOPPED": .error
        default: .warning
        }
    }

    /// A cluster status in four cells: RUN, STOP, OPER…; an unknown one cut.
    static func shortStatus(_ status: String) -> String {
        let known = [
            "RUNNING": "RUN", "STOPPED": "STOP", "STOPPING": "STPG", "OPERATING": "OPER", "CREATING": "CREA", "DELETING": "DELG",
            "DELETED": "DEL", "ABANDONED": "ABND", "UNAVAILABLE": "UNAV", "FAILED": "FAIL",
        ]
        return known[status] ?? DisplayWidth.truncate(status, toWidth: 4)
    }
}
