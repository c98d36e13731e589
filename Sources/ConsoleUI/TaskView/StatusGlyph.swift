import ConsoleCore
import OCPAPI

/// How a status class is drawn: a glyph that differs for every class (so a screen without
/// colour still tells them apart), its ASCII stand-in, and a role.
enum StatusGlyph {
    /// The glyph of `statusClass`; a skipped step has its own.
    static func glyph(_ statusClass: StatusClass, skipped: Bool = false, ascii: Bool) -> String {
        if skipped { return ascii ? "-" : "⊘" }
        switch statusClass {
        case .succeeded: return ascii ? "+" : "✓"
        case .failed: return ascii ? "x" : "✗"
        case .running: return ascii ? ">" : "▶"
        case .pending: return ascii ? "." : "·"
        case .paused: return ascii ? "=" : "‖"
        case .unknown: return "?"
        }
    }

    /// The role of `statusClass`.
    static func role(_ statusClass: StatusClass) -> Role {
        switch statusClass {
        case .succeeded: .ok
        case .failed: .error
        case .running: .accent
        case .paused: .warning
        case .pending, .unknown: .muted
        }
    }

    /// The glyph of a subtask, in its role, bold.
    static func span(for subtask: Subtask, ascii: Bool) -> Span {
        let skipped = subtask.operation == .skip && subtask.statusClass != .failed
        return Span(glyph(subtask.statusClass, skipped: skipped, ascii: ascii), skipped ? .muted : role(subtask.statusClass), style: .bold)
    }
}
