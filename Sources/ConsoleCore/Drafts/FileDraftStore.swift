import Foundation
import OCPAPI

/// Drafts as files: `$XDG_STATE_HOME/ocpbackup/drafts/` (default `~/.local/state/ocpbackup/drafts/`),
/// the directory 0700, each file 0600, written to a temporary file and renamed into place so a
/// crash never leaves half a draft. A temporary file names the process writing it; one left by a
/// process that was killed mid-write is removed on the next load.
public struct FileDraftStore: Sendable {
    /// The drafts directory.
    public let directory: URL
    private let order = DraftSaveOrder()
    /// The order of the restore wizard's drafts, kept apart from the strategy's.
    let restoreOrder = DraftSaveOrder()

    /// Makes a store over `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The default directory for an environment (`XDG_STATE_HOME`, else `HOME/.local/state`).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state", isDirectory: true)
        }
        return base.appendingPathComponent("ocpbackup/drafts", isDirectory: true)
    }

    /// The file of a draft.
    public func url(for key: DraftKey) -> URL {
        directory.appendingPathComponent(key.fileName, isDirectory: false)
    }

    /// The saved draft, or `nil` when there is none.
    /// - Throws: `InputReadError` when the file is past `InputLimit.draft` or unreadable (its
    ///   description names the limit), or a decoding error.
    public func load(_ key: DraftKey) throws -> WizardDraft? {
        try read(WizardDraft.self, fileName: key.fileName)
    }

    /// The draft of type `type` in `fileName`, or `nil` when there is none.
    func read<Draft: Decodable>(_ type: Draft.Type, fileName: String) throws -> Draft? {
        removeAbandonedTemporaryFiles()
        let file = directory.appendingPathComponent(fileName, isDirectory: false)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let bytes = try BoundedInput.read(file: file.path, limit: .draft)
        return try DraftCoding.decoder.decode(Draft.self, from: Data(bytes))
    }

    /// Saves a draft atomically with mode 0600, unless a newer draft of the same key was saved
    /// or deleted meanwhile (saves run concurrently and may finish out of order).
    public func save(_ draft: WizardDraft) throws {
        try order.write(draft.key, savedAt: draft.savedAt) { try write(DraftCoding.encoder.encode(draft), fileName: draft.key.fileName) }
    }

    /// Writes `data` as `fileName` atomically with mode 0600.
    func write(_ data: Data, fileName: String) throws {
        try ensureDirectory()
        let target = directory.appendingPathComponent(fileName, isDirectory: false)
        let temporary = directory.appendingPathComponent(Self.temporaryName(forFile: fileName, process: getpid()))
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes a draft; no error when there is none.
    public func delete(_ key: DraftKey) throws {
        try remove(fileName: key.fileName, order: order)
    }

    /// Removes `fileName` under `order`'s lock; no error when there is none.
    func remove(fileName: String, order: DraftSaveOrder) throws {
        let file = directory.appendingPathComponent(fileName, isDirectory: false)
        try order.delete {
            guard FileManager.default.fileExists(atPath: file.path) else { return }
            try FileManager.default.removeItem(at: file)
        }
    }

    /// The store as the console's dependency.
    public var client: DraftStoreClient {
        DraftStoreClient(
            load: { key in try self.load(key) }, save: { draft in try self.save(draft) }, delete: { key in try self.delete(key) })
    }

    private func ensureDirectory() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
    }
}
