/// What a cell means, which a ``Theme`` turns into colours and attributes. Screens are drawn
/// with roles, never with terminal colour numbers.
public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// The header line and pane titles.
    case header
    /// The selected row or field.
    case selection
    /// The selected row of a pane that does not have the focus.
    case inactiveSelection
    /// An error message or a failed state.
    case error
    /// A warning or a state that needs attention.
    case warning
    /// A healthy or successful state.
    case ok
    /// Secondary text: hints, units, timestamps.
    case muted
    /// Emphasis: key names in the hint bar, the READ-ONLY badge.
    case accent
    /// An option that cannot be chosen.
    case disabled
    /// Frames and separators.
    case border
    /// The key-hint bar and the flash line background.
    case statusBar
    /// A text field being edited.
    case input

    /// The letter for this role in annotated output (a space for `normal`).
    public var mark: Character {
        switch self {
        case .normal: " "
        case .header: "h"
        case .selection: "s"
        case .inactiveSelection: "i"
        case .error: "e"
        case .warning: "w"
        case .ok: "o"
        case .muted: "m"
        case .accent: "a"
        case .disabled: "x"
        case .border: "f"
        case .statusBar: "t"
        case .input: "n"
        }
    }
}
