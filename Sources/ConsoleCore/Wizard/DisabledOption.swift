/// An option of a step that the cluster rules out, with the reason to show beside it.
public struct DisabledOption: Equatable, Sendable {
    /// The field the option belongs to.
    public var field: WizardField
    /// What cannot be chosen, e.g. `Logical backup`.
    public var option: String
    /// Why.
    public var reason: String

    /// Makes a disabled option.
    public init(field: WizardField, option: String, reason: String) {
        self.field = field
        self.option = option
        self.reason = reason
    }
}
