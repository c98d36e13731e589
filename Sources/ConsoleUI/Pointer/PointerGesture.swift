/// What the mouse did, as the console tells gestures apart.
public enum PointerGesture: Equatable, Sendable, CaseIterable {
    /// The wheel turned up.
    case wheelUp
    /// The wheel turned down.
    case wheelDown
    /// The left button went down.
    case click

    /// The gesture of `event`; `nil` for what the console ignores (releases, other buttons).
    public init?(_ event: MouseEvent) {
        switch event.kind {
        case .scrollUp: self = .wheelUp
        case .scrollDown: self = .wheelDown
        case .press(button: 1), .click(button: 1): self = .click
        default: return nil
        }
    }
}
