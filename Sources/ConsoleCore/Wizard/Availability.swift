import Localization

/// Whether an option can be chosen, and why not.
public enum Availability: Equatable, Sendable {
    /// It can.
    case enabled
    /// It cannot, for this reason (in both languages; the screen picks).
    case disabled(Bilingual)

    /// Whether the option can be chosen.
    public var isEnabled: Bool { self == .enabled }

    /// The reason it cannot, if it cannot.
    public var reason: Bilingual? {
        if case .disabled(let reason) = self { return reason }
        return nil
    }
}
