/// Where wizard drafts are kept: closures so tests can use memory and the app a directory.
public struct DraftStoreClient: Sendable {
    /// The draft saved for `key`, if any.
    public var load: @Sendable (DraftKey) async throws -> WizardDraft?
    /// Saves (replaces) the draft of its key.
    public var save: @Sendable (WizardDraft) async throws -> Void
    /// Removes the draft of `key`; no error when there is none.
    public var delete: @Sendable (DraftKey) async throws -> Void

    /// Makes a client.
    public init(
        load: @escaping @Sendable (DraftKey) async throws -> WizardDraft?, save: @escaping @Sendable (WizardDraft) async throws -> Void,
        delete: @escaping @Sendable (DraftKey) async throws -> Void
    ) {
        self.load = load
        self.save = save
        self.delete = delete
    }
}
