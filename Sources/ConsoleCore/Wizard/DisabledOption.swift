import Localization

/// An option of a step that the cluster rules out, with the reason to show beside it.
public struct DisabledOption: Equatable, Sendable {
    /// The field the option belongs to.
    public var field: WizardField
    /// What cannot be chosen, e.g. `Logical backup`.
    public var option: Bilingual
    /// Why.
    public var reason: Bilingual

    /// Makes a disabled option.
    public init(field: WizardField, option: Bilingual, reason: Bilingual) {
        self.field = field
        self.option = option
        self.reason = reason
    }
}
