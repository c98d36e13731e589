import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct FileDraftStoreTests {
    func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-drafts-\(UUID().uuidString)", isDirectory: true)
    }

    func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func savesAtomicallyWithPrivateModesAndLoadsBack() throws {
        let root = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = FileDraftStore(directory: root.appendingPathComponent("ocpbackup/drafts"))
        var form = StrategyForm(backupMode: .physical, offsetSeconds: 3600)
        form.storage = StorageForm(type: .oss, configName: "oss_main", url: "b/x", endpoint: "e", accessKeyId: "id", secret: Secret("TOPSECRET"))
        let key = DraftKey(profile: "prod", clusterId: 7)
        let draft = WizardDraft(key: key, isModify: true, step: .storage, form: form, savedAt: Date(timeIntervalSince1970: 1_795_176_000))
        try store.save(draft)
        let file = store.url(for: key)
        #expect(try permissions(file) == 0o600)
        #expect(try permissions(store.directory) == 0o700)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("TOPSECRET"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path) == [key.fileName], "no temporary file left")
        let loaded = try #require(try store.load(key))
        #expect(loaded == draft)
        #expect(loaded.form.storage.secret == nil)
        var changed = draft
        changed.step = .review
        try store.save(changed)
        #expect(try store.load(key)?.step == .review)
        try store.delete(key)
        #expect(try store.load(key) == nil)
        try store.delete(key)
    }

    @Test func theDefaultDirectoryFollowsXDG() {
        #expect(
            FileDraftStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/var/state", "HOME": "/home/a"]).path == "/var/state/ocpbackup/drafts")
        #expect(FileDraftStore.defaultDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.local/state/ocpbackup/drafts")
        #expect(
            FileDraftStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]).path
                == "/home/a/.local/state/ocpbackup/drafts")
    }

    @Test func aProfileNameCannotEscapeTheDirectory() {
        #expect(DraftKey(profile: "../../etc/x", clusterId: 3).fileName == "______etc_x-cluster-3.json")
        #expect(DraftKey(profile: "", clusterId: 3).fileName == "_-cluster-3.json")
    }

    @Test func theClientWrapsTheFiles() async throws {
        let root = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let client = FileDraftStore(directory: root).client
        let key = DraftKey(profile: "p", clusterId: 1)
        #expect(try await client.load(key) == nil)
        let draft = WizardDraft(
            key: key, isModify: false, step: .schedule, form: StrategyForm(backupMode: .physical, offsetSeconds: 0),
            savedAt: Date(timeIntervalSince1970: 0))
        try await client.save(draft)
        #expect(try await client.load(key) == draft)
        try await client.delete(key)
        #expect(try await client.load(key) == nil)
    }
}
