import Foundation

/// A restore wizard in progress as saved: the form without the secret, the step, and when.
public struct RestoreDraft: Codable, Equatable, Sendable {
    /// Profile and source cluster.
    public var key: DraftKey
    /// The step the person was on (a step past the review comes back as the review).
    public var step: RestoreWizardStep
    /// The values typed so far, the secret left out.
    public var form: RestoreForm
    /// When it was saved.
    public var savedAt: Date

    /// Makes a draft; `form`'s secret is dropped here, whatever the caller passes.
    public init(key: DraftKey, step: RestoreWizardStep, form: RestoreForm, savedAt: Date) {
        self.key = key
        self.step = step == .confirm ? .review : step
        self.form = form.withoutSecrets
        self.savedAt = savedAt
    }

    /// The draft's file name, beside the strategy drafts: `restore-<profile>-cluster-<id>.json`.
    public var fileName: String { Self.fileName(for: key) }

    /// The file name of the restore draft of `key`.
    public static func fileName(for key: DraftKey) -> String { "restore-" + key.fileName }
}
