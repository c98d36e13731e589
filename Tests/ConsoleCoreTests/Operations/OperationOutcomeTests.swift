import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// When back up now does not simply succeed: OCP's refusal, BAK31005 with the running task, and
/// no answer, after which the overview and the task list are read again and said before
/// anything is offered, and nothing is sent again without a second confirmation.
@Suite struct OperationOutcomeTests {
    static let strategy = Fixtures.strategy()
    static let overview = Served(BackupOverview(clusterId: 1, backupScheduleStatus: .normal), answeredAt: Fixtures.now)
    static let noAnswer = OCPAPIError(kind: .outcomeUnknown, message: "No answer came back for POST; OCP may or may not have applied it.")

    /// A store with back up now confirmed (full), before it is sent; and the prepared change.
    static func confirmed(_ world: FakeWorld) async throws -> (TestStore<ConsoleFeature>, PreparedMutation) {
        let store = world.store(WizardHarness.detailState(strategy: strategy))
        await store.send(.operation(.backUpNow)) { $0.dialog = .operation(BackupNowTests.choosing()) }
        let mutation = try PreparedMutation.backupNow(clusterId: 1, strategy: strategy, kind: .full)
        await store.send(.operation(.proceed)) {
            var dialog = BackupNowTests.choosing()
            dialog.step = .confirming(mutation)
            $0.dialog = .operation(dialog)
        }
        return (store, mutation)
    }

    static func dialog(_ step: OperationDialog.Step, lastSent: PreparedMutation? = nil) -> Dialog {
        var dialog = BackupNowTests.choosing()
        dialog.step = step
        dialog.lastSent = lastSent
        return .operation(dialog)
    }

    @Test func alreadyRunningLinksTheRunningTask() async throws {
        let world = FakeWorld()
        let busy = OCPAPIError(kind: .ocp, httpStatus: 409, code: "BAK31005", message: "A baseline backup task already exists for cluster 1.")
        let running = TaskFixtures.task(status: .running, steps: [.running])
        world.operations.set {
            $0.backupNow = .failure(busy)
            $0.recent = .success([TaskFixtures.task(3_000_099, status: .successful, steps: [.successful]), running])
        }
        let (store, mutation) = try await Self.confirmed(world)
        await store.send(.operation(.proceed)) { $0.dialog = Self.dialog(.sending(mutation)) }
        await store.receive(.operation(.sent(mutation, .failure(ErrorInfo(busy))))) {
            $0.dialog = Self.dialog(.finished(.alreadyRunning(ErrorInfo(busy), taskId: nil)))
        }
        await store.receive(
            .operation(.runningTasksRead(clusterId: 1, .success([TaskFixtures.task(3_000_099, status: .successful, steps: [.successful]), running])))
        ) {
            $0.dialog = Self.dialog(.finished(.alreadyRunning(ErrorInfo(busy), taskId: running.id)))
        }
        await store.send(.operation(.proceed)) {
            $0.dialog = nil
            $0.taskView = TaskViewPollingTests.opening()
            $0.nextTaskViewId = 2
        }
        #expect(world.operations.recorded.mutations == [mutation], "never started a second time")
        await store.send(.task(.close)) { $0.taskView = nil }
        store.finish()
    }

    @Test func noAnswerReadsAgainAndOffersNothingWhenTheBackupRuns() async throws {
        let world = FakeWorld()
        let running = TaskFixtures.task(status: .running, steps: [.running])
        world.operations.set {
            $0.backupNow = .failure(Self.noAnswer)
            $0.overviews = [.success(Self.overview)]
            $0.recent = .success([running])
        }
        let (store, mutation) = try await Self.confirmed(world)
        await store.send(.operation(.proceed)) { $0.dialog = Self.dialog(.sending(mutation)) }
        await store.receive(.operation(.sent(mutation, .failure(ErrorInfo(Self.noAnswer))))) {
            $0.dialog = Self.dialog(.rereading(mutation), lastSent: mutation)
        }
        let found = ClusterRereading(overview: Self.overview, tasks: [running])
        let findings = OperationFindings(
            found, mutation: mutation, taskId: nil, localNow: Fixtures.now, offset: Fixtures.localOffset, language: .english)
        #expect(findings.taskId == running.id && !findings.notArrived)
        #expect(findings.notes.first?.text == "Read again: scheduling is NORMAL; no data backup has finished yet.")
        await store.receive(.operation(.reread(mutation, .success(found)))) {
            $0.overviews[1] = Loadable(value: Self.overview, loadedAt: Fixtures.now)
            $0.dialog = Self.dialog(.finished(.unknown(findings: findings.notes, taskId: running.id, resend: nil)), lastSent: mutation)
        }
        #expect(world.operations.recorded.overviewReads == [1] && world.operations.recorded.recentReads == [1])
        #expect(world.operations.recorded.mutations == [mutation])
        store.finish()
    }

    @Test func noAnswerAndNoBackupOffersToSendAgainOnlyAfterASecondConfirmation() async throws {
        let world = FakeWorld()
        world.operations.set {
            $0.backupNow = .failure(Self.noAnswer)
            $0.overviews = [.success(Self.overview)]
            var yesterday = TaskFixtures.task(3_000_050, status: .successful, steps: [.successful])
            yesterday.startTime = OCPTimestamp(raw: "2026-11-19T20:00:00+08:00")
            $0.recent = .success([yesterday])
        }
        let (store, mutation) = try await Self.confirmed(world)
        await store.send(.operation(.proceed)) { $0.dialog = Self.dialog(.sending(mutation)) }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        guard case .operation(let dialog)? = store.state.dialog, case .finished(.unknown(let notes, nil, let resend?)) = dialog.step else {
            Issue.record("expected findings that offer to send again")
            return
        }
        #expect(resend == mutation && notes.last?.text.hasPrefix("No data backup started in the last 10 minutes") == true)
        #expect(world.operations.recorded.mutations.count == 1, "nothing sent by the re-read")
        var again = dialog
        again.notes.append(OperationNote("Sent once without an answer; the re-read shows it did not happen.", tone: .warning))
        again.step = .confirming(mutation)
        await store.send(.operation(.proceed)) { $0.dialog = .operation(again) }
        #expect(world.operations.recorded.mutations.count == 1, "a second confirmation first")
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        store.finish()
    }

    @Test func aFailedReReadSaysSoAndReadsAgainOnR() async throws {
        let world = FakeWorld()
        let down = OCPAPIError(kind: .connection, message: "Connection refused.")
        world.operations.set {
            $0.backupNow = .failure(Self.noAnswer)
            $0.overviews = [.failure(down), .success(Self.overview)]
            $0.recent = .success([])
        }
        let (store, mutation) = try await Self.confirmed(world)
        await store.send(.operation(.proceed)) { $0.dialog = Self.dialog(.sending(mutation)) }
        await store.receiveUnchecked()
        await store.receive(.operation(.reread(mutation, .failure(ErrorInfo(down))))) {
            $0.dialog = Self.dialog(.finished(.unreadable(ErrorInfo(down))), lastSent: mutation)
        }
        await store.send(.operation(.readAgain)) { $0.dialog = Self.dialog(.rereading(mutation), lastSent: mutation) }
        await store.receiveUnchecked()
        guard case .operation(let dialog)? = store.state.dialog, case .finished(.unknown(_, nil, let resend?)) = dialog.step, resend == mutation
        else {
            Issue.record("the second read finds no backup, so the change may be confirmed again")
            return
        }
        #expect(world.operations.recorded.overviewReads == [1, 1] && world.operations.recorded.mutations.count == 1)
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        store.finish()
    }

    @Test func anOCPRefusalIsShownWithItsCodeAndTrace() async throws {
        let world = FakeWorld()
        let refused = OCPAPIError(kind: .ocp, httpStatus: 400, code: "BAK31001", message: "The data backup could not start.", traceId: "abc")
        world.operations.set { $0.backupNow = .failure(refused) }
        let (store, mutation) = try await Self.confirmed(world)
        await store.send(.operation(.proceed)) { $0.dialog = Self.dialog(.sending(mutation)) }
        await store.receive(.operation(.sent(mutation, .failure(ErrorInfo(refused))))) {
            $0.dialog = Self.dialog(.finished(.failed(ErrorInfo(refused))))
        }
        #expect(ErrorInfo(refused).summary == "BAK31001 (HTTP 400): The data backup could not start. [traceId abc]")
        await store.send(.operation(.proceed)) { $0.dialog = nil }
        store.finish()
    }
}
