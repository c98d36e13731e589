import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// `b`: the refusals, choosing full or incremental, the confirmation with the request prepared
/// once, sending it once, and the task view on the new task.
@Suite struct BackupNowTests {
    static let expiry = Fixtures.now.addingTimeInterval(4)
    static let strategy = Fixtures.strategy()

    static func flash(_ text: String, _ tone: Flash.Tone = .error, id: Int = 1) -> Flash {
        Flash(id: id, text: text, tone: tone, expiresAt: expiry)
    }

    /// The dialog as `b` opens it for alpha.
    static func choosing(kind: DataBackupKind = .full, ability: BackupAbility? = Fixtures.ability()) -> OperationDialog {
        var dialog = OperationDialog(command: .backupNow, clusterId: 1, clusterName: "alpha", step: .choosing)
        dialog.kind = kind
        dialog.notes = OperationNotes.backupNow(kind: kind, clusterName: "alpha", strategy: strategy, ability: ability, language: .english)
        return dialog
    }

    /// A console that refuses back up now, and why.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let state: ConsoleState
        let reason: String
        var testDescription: String { reason }
    }

    static let refusals = [
        Refusal(state: WizardHarness.detailState(strategy: strategy, readOnly: true), reason: "the console is read-only"),
        Refusal(state: WizardHarness.detailState(), reason: "the cluster has no backup strategy, so no storage to back up to (n makes one)"),
        Refusal(
            state: WizardHarness.detailState(cluster: Fixtures.cluster(1, "alpha", type: .standby), strategy: strategy),
            reason: "a standby cluster is not backed up; back up its primary"),
        Refusal(
            state: WizardHarness.detailState(cluster: Fixtures.cluster(1, "alpha", status: .stopped), strategy: strategy),
            reason: "the cluster is STOPPED; OCP backs up running clusters"),
    ]

    @Test(arguments: refusals)
    func isRefusedWithItsReason(refusal: Refusal) async {
        let world = FakeWorld()
        let store = world.store(refusal.state)
        await store.send(.operation(.backUpNow)) {
            $0.flash = Self.flash("Back up now is not possible: \(refusal.reason).")
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        #expect(world.operations.recorded.mutations.isEmpty)
        store.finish()
    }

    @Test func aStrategyNotReadYetIsSaidSo() async {
        var state = WizardHarness.detailState(strategy: Self.strategy)
        state.strategies[1] = Loadable(isLoading: true)
        #expect(state.availability(of: .backupNow)?.reason?.english == "the strategy has not been read yet")
        #expect(state.availability(of: .schedule)?.reason?.english == "the strategy has not been read yet")
        state.detailClusterId = nil
        #expect(state.availability(of: .backupNow) == nil, "nothing shown, nothing to back up")
    }

    @Test func aFullBackupIsConfirmedSentOnceAndFollowed() async throws {
        let world = FakeWorld()
        world.operations.set {
            $0.tasks[TaskFixtures.taskId] = [.success(TaskFixtures.served(TaskFixtures.task(status: .running, steps: [.running, .pending])))]
        }
        let store = world.store(WizardHarness.detailState(strategy: Self.strategy))
        await store.send(.operation(.backUpNow)) { $0.dialog = .operation(Self.choosing()) }
        let mutation = try PreparedMutation.backupNow(clusterId: 1, strategy: Self.strategy, kind: .full)
        var dialog = Self.choosing()
        dialog.step = .confirming(mutation)
        await store.send(.operation(.proceed)) { $0.dialog = .operation(dialog) }
        let body = try #require(mutation.request.body.flatMap { try? OCPJSON.decode(BackupNowRequest.self, from: $0) })
        #expect(body == BackupNowRequest(strategy: Self.strategy, kind: .full), "the strategy's mode and storage, storageId included")
        #expect(mutation.requestLine == "POST /api/v2/ob/clusters/1/backup/backupNow")
        dialog.step = .sending(mutation)
        await store.send(.dialogSubmit) { $0.dialog = .operation(dialog) }
        await store.send(.operation(.proceed))
        await store.send(.dialogSubmit)
        await store.send(.back) {
            $0.flash = Self.flash("The change is on its way: wait for OCP's answer.")
            $0.nextFlashId = 2
        }
        await store.receive(.operation(.sent(mutation, .success(Fixtures.receipt(.dataBackupNow, tasks: [TaskFixtures.taskId]))))) {
            $0.dialog = nil
            $0.flash = Self.flash("A full backup of alpha started: task 3000101.", .info, id: 2)
            $0.nextFlashId = 3
            $0.taskView = TaskViewPollingTests.opening()
            $0.nextTaskViewId = 2
        }
        #expect(world.operations.recorded.mutations == [mutation], "sent once, exactly as confirmed")
        #expect(world.recorded.mutations == [mutation], "through the one mutate the audit wraps")
        await store.receive(.flashExpired(id: 2)) { $0.flash = nil }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(store.state.taskView?.task.value?.value.id == TaskFixtures.taskId)
        await store.send(.task(.close)) { $0.taskView = nil }
        store.finish()
    }

    @Test func anIncrementalWarnsWhenOCPSaysItCannotWorkYet() async {
        let world = FakeWorld()
        let store = world.store(WizardHarness.detailState(ability: Fixtures.ability(canDoIncremental: false), strategy: Self.strategy))
        await store.send(.operation(.backUpNow)) { $0.dialog = .operation(Self.choosing()) }
        await store.send(.operation(.choose(.incremental))) { $0.dialog = .operation(Self.choosing(kind: .incremental)) }
        guard case .operation(let dialog)? = store.state.dialog else { return }
        #expect(dialog.notes.contains { $0.tone == .warning && $0.text.hasPrefix("OCP says an incremental backup cannot work yet") })
        #expect(dialog.notes.contains { $0.text == "It is written to the strategy's storage nfs0907_1452: file:///obbackup/ (BACKUP_STORAGE_FILE)." })
        await store.send(.operation(.toggleKind)) { $0.dialog = .operation(Self.choosing()) }
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        #expect(world.operations.recorded.mutations.isEmpty)
        store.finish()
    }

    @Test func aLogicalStrategyTakesFullBackupsOnly() async {
        var strategy = Self.strategy
        strategy.backupMode = .logical
        let store = FakeWorld().store(WizardHarness.detailState(ability: Fixtures.ability(.logical, mode: .logical), strategy: strategy))
        await store.send(.operation(.backUpNow)) {
            var dialog = Self.choosing()
            dialog.notes = OperationNotes.backupNow(
                kind: .full, clusterName: "alpha", strategy: strategy, ability: Fixtures.ability(.logical, mode: .logical), language: .english)
            $0.dialog = .operation(dialog)
        }
        await store.send(.operation(.choose(.incremental))) {
            $0.flash = Self.flash("Logical backup takes full backups only.")
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
    }
}
