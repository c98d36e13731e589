import Foundation
import Testing

@testable import ConsoleCore

/// A save killed between writing its temporary file and renaming it leaves that file behind;
/// the next load removes it when its process is gone, and keeps those of running processes.
@Suite struct AbandonedDraftFileTests {
    @Test func temporaryNamesCarryTheWritingProcess() {
        let name = FileDraftStore.temporaryName(for: DraftKey(profile: "prod.eu", clusterId: 7), process: 4242)
        #expect(name.hasPrefix(".prod_eu-cluster-7.json.4242."))
        #expect(FileDraftStore.writingProcess(ofTemporaryName: name) == 4242)
        #expect(FileDraftStore.writingProcess(ofTemporaryName: "prod-cluster-7.json") == nil)
        #expect(FileDraftStore.writingProcess(ofTemporaryName: ".x.tmp") == nil)
    }

    @Test func loadingRemovesTheFilesOfProcessesThatAreGone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-abandoned-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = DraftKey(profile: "prod", clusterId: 3)
        // A process id above the kernel's limit (pid_max is at most 2^22) never runs.
        let abandoned = FileDraftStore.temporaryName(for: key, process: 0x7FFF_FFF0)
        let inProgress = FileDraftStore.temporaryName(for: key, process: getpid())
        for name in [abandoned, inProgress, "unrelated.txt"] {
            #expect(FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: Data("{".utf8)))
        }
        #expect(try FileDraftStore(directory: directory).load(key) == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == [inProgress, "unrelated.txt"].sorted())
    }
}

/// Saves finishing out of order never put an older draft over a newer one.
@Suite struct DraftSaveOrderTests {
    @Test func anOlderDraftSavedLastIsSkipped() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = FileDraftStore(directory: directory)
        let key = DraftKey(profile: "prod", clusterId: 3)
        var newer = StrategyForm(backupMode: .physical, offsetSeconds: 0)
        newer.storage.configName = "abc"
        var older = newer
        older.storage.configName = "ab"
        try store.save(WizardDraft(key: key, isModify: false, step: .storage, form: newer, savedAt: Date(timeIntervalSince1970: 2000)))
        try store.save(WizardDraft(key: key, isModify: false, step: .storage, form: older, savedAt: Date(timeIntervalSince1970: 1000)))
        #expect(try store.load(key)?.form.storage.configName == "abc")
        try store.delete(key)
        #expect(try store.load(key) == nil)
    }
}
