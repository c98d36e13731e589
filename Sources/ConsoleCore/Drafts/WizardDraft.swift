import Foundation

/// A wizard in progress as saved: the form without secrets, the step, and when.
public struct WizardDraft: Codable, Equatable, Sendable {
    /// Profile and cluster.
    public var key: DraftKey
    /// Whether it edits an existing strategy.
    public var isModify: Bool
    /// The step the person was on.
    public var step: WizardStep
    /// The values typed so far, secrets left out.
    public var form: StrategyForm
    /// When it was saved.
    public var savedAt: Date

    /// Makes a draft; `form`'s secrets are dropped here, whatever the caller passes.
    public init(key: DraftKey, isModify: Bool, step: WizardStep, form: StrategyForm, savedAt: Date) {
        self.key = key
        self.isModify = isModify
        self.step = step
        self.form = form.withoutSecrets
        self.savedAt = savedAt
    }
}
