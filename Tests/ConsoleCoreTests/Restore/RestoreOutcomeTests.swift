import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// No answer to the restore: the restore tasks are read before anything else is offered, and
/// nothing is sent twice without the person typing the name again; the export and the drafts.
@Suite struct RestoreOutcomeTests {
    static let unknown = OCPAPIError(kind: .outcomeUnknown, message: "No answer came back for POST; OCP may or may not have applied it.")

    static func confirming(_ world: FakeWorld) -> ConsoleState {
        var state = RestoreHarness.at(.confirm, world: world)
        for character in "trade_r" { RestoreHarness.apply([.typed(character)], to: &state, world: world) }
        return state
    }

    @Test func aLostAnswerReadsTheRestoreTasksAndFindsTheRestoreThatArrived() async {
        let world = RestoreFixtures.world()
        var row = RestoreTask(id: 77, restoreTenantName: "trade_r", status: RestoreTaskStatus(rawValue: "RESTORING"))
        row.restoreClusterId = 2
        world.restore.set {
            $0.send = [.failure(Self.unknown)]
            $0.restoreTasks = .success([row])
        }
        world.operations.set { $0.lookup = .success(TaskInstance(id: 3_000_333, status: .running)) }
        let store = world.store(Self.confirming(world))
        await store.send(.restore(.send)) { $0.restore?.submission = .inFlight }
        await store.receive(.restore(.sent(.failure(ErrorInfo(Self.unknown))))) {
            $0.restore?.submission = .outcomeUnknown(ErrorInfo(Self.unknown))
        }
        let finding = RestoreTaskFinding(recordId: 77, status: "RESTORING", taskId: 3_000_333)
        await store.receive(.restore(.reread(.success(finding)))) {
            $0.restore?.submission = .reread(ErrorInfo(Self.unknown), found: finding)
            $0.restore?.confirmText = ""
        }
        await store.send(.restore(.send))
        #expect(world.restore.recorded.sent.count == 1)
        #expect(world.restore.recorded.restoreTaskReads == [1])
        await store.sendUnchecked(.restore(.openTask))
        #expect(store.state.taskView?.taskId == 3_000_333)
        store.discardPending()
        store.finish()
    }

    @Test func aRestoreThatDidNotArriveIsSentAgainOnlyAfterTheNameIsTypedAgain() async throws {
        let world = RestoreFixtures.world()
        world.restore.set { $0.send = [.failure(Self.unknown), .success(Fixtures.receipt(.restore, tasks: [3_000_202]))] }
        let state = Self.confirming(world)
        let reviewed = try #require(state.restore?.mutation)
        let store = world.store(state)
        await store.sendUnchecked(.restore(.send))
        await store.receiveUnchecked()
        await store.receive(.restore(.reread(.success(nil)))) {
            $0.restore?.submission = .reread(ErrorInfo(Self.unknown), found: nil)
            $0.restore?.confirmText = ""
        }
        await store.send(.restore(.send)) {
            $0.restore?.refusal = ["The typed name is not trade_r; type it exactly."]
            $0.restore?.fieldErrors[.confirmName] = "The typed name is not trade_r; type it exactly."
        }
        #expect(world.restore.recorded.sent.count == 1)
        for character in "trade_r" { await store.sendUnchecked(.restore(.typed(character))) }
        await store.sendUnchecked(.restore(.send))
        await store.receiveUnchecked()
        #expect(world.restore.recorded.sent == [reviewed, reviewed])
        #expect(store.state.restore?.submission == .succeeded(taskIds: [3_000_202], traceId: "trace-ok"))
        store.discardPending()
        store.finish()
    }

    @Test func aFailedRereadIsReadAgainWithR() async {
        let world = RestoreFixtures.world()
        world.restore.set {
            $0.send = [.failure(Self.unknown)]
            $0.restoreTasks = .failure(OCPAPIError(kind: .connection, message: "Connection refused."))
        }
        let store = world.store(Self.confirming(world))
        await store.sendUnchecked(.restore(.send))
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        guard case .rereadFailed? = store.state.restore?.submission else {
            Issue.record("expected a failed re-read, got \(String(describing: store.state.restore?.submission))")
            return
        }
        world.restore.set { $0.restoreTasks = .success([]) }
        await store.sendUnchecked(.refresh)
        await store.receiveUnchecked()
        #expect(store.state.restore?.submission == .reread(ErrorInfo(Self.unknown), found: nil))
        #expect(world.restore.recorded.restoreTaskReads == [1, 1])
        store.finish()
    }

    @Test func xExportsTheReviewedBodyWithSecretsMasked() async throws {
        let world = RestoreFixtures.world()
        var state = RestoreHarness.at(.review, world: world)
        state.restore?.form.offline = true
        state.restore?.form.offlineTenant = "交易"
        state.restore?.form.storage = StorageForm(
            type: .oss, url: "bucket/backup", endpoint: "oss.example.com", accessKeyId: "AK", secret: Secret("s3cret"))
        let feature = ConsoleFeature(dependencies: world.dependencies)
        feature.prepareRestore(&state.restore!)
        let store = world.store(state)
        await store.sendUnchecked(.restore(.export(path: nil)))
        await store.receiveUnchecked()
        let export = try #require(world.restore.recorded.exports.first)
        #expect(export.defaultFileName == "restore-trade_r.yaml")
        let text = String(decoding: export.body.serialized(pretty: false), as: UTF8.self)
        #expect(text.contains("\"accessKeySecret\":\"******\""))
        #expect(!text.contains("s3cret"))
        #expect(store.state.restore?.mutation?.request.body.map { String(decoding: $0, as: UTF8.self) }?.contains("s3cret") == true)
        #expect(store.state.flash?.text == "Wrote restore-t1_r.yaml (secrets as ******); ocpbackup restore --file takes it.")
        store.discardPending()
        store.finish()
    }

    @Test func aSavedDraftIsOfferedAndTakenBackToItsStep() async {
        let world = RestoreFixtures.world()
        var form = RestoreForm()
        form.tenantId = 1_012
        form.offlineCluster = "风控_主库"
        form.tenantName = "ledger_r"
        let draft = RestoreDraft(key: DraftKey(profile: "prod", clusterId: 1), step: .tenantName, form: form, savedAt: Fixtures.now)
        var state = RestoreHarness.opened(world: world)
        RestoreHarness.apply([.draftLoaded(draft)], to: &state, world: world)
        #expect(state.restore?.draftOffer == draft)
        RestoreHarness.apply([.typed("x")], to: &state, world: world)
        #expect(state.restore?.form.tenantName == "")
        RestoreHarness.apply([.restoreDraft], to: &state, world: world)
        #expect(state.restore?.step == .tenantName)
        #expect(state.restore?.form.tenantName == "ledger_r")
        #expect(RestoreDraft(key: draft.key, step: .confirm, form: form, savedAt: Fixtures.now).step == .review)
    }
}
