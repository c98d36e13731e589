import Foundation

extension FileDraftStore {
    /// The restore draft saved for `key`, or `nil` when there is none.
    /// - Throws: as ``load(_:)``.
    public func loadRestore(_ key: DraftKey) throws -> RestoreDraft? {
        try read(RestoreDraft.self, fileName: RestoreDraft.fileName(for: key))
    }

    /// Saves a restore draft atomically with mode 0600, unless a newer one was saved meanwhile.
    public func saveRestore(_ draft: RestoreDraft) throws {
        try restoreOrder.write(draft.key, savedAt: draft.savedAt) { try write(DraftCoding.encoder.encode(draft), fileName: draft.fileName) }
    }

    /// Removes the restore draft of `key`; no error when there is none.
    public func deleteRestore(_ key: DraftKey) throws {
        try remove(fileName: RestoreDraft.fileName(for: key), order: restoreOrder)
    }
}
