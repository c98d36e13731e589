import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// How a cluster's health is drawn in the list: the level as a glyph and a word (`✓ OK`,
/// `! WARN`, `✗ CRIT`, `?` when an input could not be read), so a screen without colour (or
/// without Unicode: `+`, `!`, `x`) still says it; the schedule status; ages in at most four cells.
enum HealthCells {
    /// The glyph and word of a level; `ascii` for a terminal that is not UTF-8.
    static func label(_ level: HealthLevel, ascii: Bool = false) -> String {
        switch level {
        case .ok: ascii ? "+ OK" : "✓ OK"
        case .warning: "! WARN"
        case .critical: ascii ? "x CRIT" : "✗ CRIT"
        case .unknown: "?"
        }
    }

    /// The role of a level.
    static func role(_ level: HealthLevel) -> Role {
        switch level {
        case .ok: .ok
        case .warning, .unknown: .warning
        case .critical: .error
        }
    }

    /// The level cell: the level, `…` while the first read runs, empty before it.
    static func level(_ entry: ClusterHealthSummary?, reading: Bool, ascii: Bool) -> (String, Role) {
        guard let entry else { return (reading ? (ascii ? "..." : "…") : "", .muted) }
        return (label(entry.level, ascii: ascii), role(entry.level))
    }

    /// The schedule status, in full or in four cells (`NORM`, `PAUS`, `ABNO`, `NONE`, `WAIT`).
    static func schedule(_ status: BackupScheduleStatus?, short: Bool) -> (String, Role) {
        guard let status else { return ("-", .muted) }
        let role: Role =
            switch status {
            case .paused: .warning
            case .abnormal: .error
            case .none: .muted
            default: .normal
            }
        let text = TextSanitizer.singleLine(status.rawValue)
        return (short ? String(text.prefix(4)) : text, role)
    }

    /// An age or a delay in at most four cells: `98s`, `45m`, `12h`, `9d`; `-` when unknown.
    static func compact(_ seconds: TimeInterval?) -> String {
        guard let seconds, seconds.isFinite else { return "-" }
        let value = max(0, seconds)
        switch value {
        case ..<120: return "\(Int(value))s"
        case ..<7200: return "\(Int(value / 60))m"
        case ..<172_800: return "\(Int(value / 3600))h"
        default: return "\(min(999, Int(value / 86_400)))d"
        }
    }

    /// The role of a figure: an error when its rule found a problem.
    static func role(of rule: HealthRule, in entry: ClusterHealthSummary?) -> Role {
        guard let entry else { return .muted }
        return entry.problems.contains { $0.rule == rule && $0.level >= .warning } ? .error : .normal
    }

    /// `10,012`: a count with thousands separated.
    static func count(_ value: Int) -> String {
        Counted.number(value)
    }
}
