import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// `p`: the schedule status and the log backup are read first, so the confirmation says
/// whether it pauses or resumes, that scheduled data backups stop, and what the log task says;
/// after the change the overview and the strategy are read again.
@Suite struct ScheduleOperationTests {
    static let strategy = Fixtures.strategy()

    static func overview(_ status: BackupScheduleStatus) -> Served<BackupOverview> {
        Served(BackupOverview(clusterId: 1, backupScheduleStatus: status), answeredAt: Fixtures.now)
    }

    static let archiving = LogBackupTask(
        clusterId: 1, createTime: OCPTimestamp(raw: "2026-11-18T00:00:00+08:00"), status: .running,
        checkpoint: OCPTimestamp(raw: "2026-11-20T19:59:20+08:00"), delay: 40)

    static func facts(_ status: BackupScheduleStatus, logs: Result<[LogBackupTask], ErrorInfo> = .success([archiving])) -> ScheduleFacts {
        ScheduleFacts(overview: overview(status), logTasks: logs)
    }

    static func reading() -> OperationDialog {
        OperationDialog(command: .schedule, clusterId: 1, clusterName: "alpha", step: .reading)
    }

    @Test func pausingSaysWhatStopsAndWhatTheLogTaskSays() async {
        let world = FakeWorld()
        world.operations.set {
            $0.overviews = [.success(Self.overview(.normal)), .success(Self.overview(.paused))]
            $0.logTasks = .success([Self.archiving])
        }
        let store = world.store(WizardHarness.detailState(strategy: Self.strategy))
        await store.send(.operation(.pauseOrResume)) {
            $0.dialog = .operation(Self.reading())
            $0.overviews[1] = Loadable(isLoading: true)
        }
        var dialog = Self.reading()
        dialog.pauses = true
        dialog.notes = OperationNotes.schedule(
            pauses: true, clusterName: "alpha", facts: Self.facts(.normal), strategy: Self.strategy, localNow: Fixtures.now,
            offset: Fixtures.localOffset, language: .english)
        let pause = PreparedMutation.schedule(clusterId: 1, pause: true)
        dialog.step = .confirming(pause)
        await store.receive(.operation(.scheduleFactsRead(clusterId: 1, .success(Self.facts(.normal))))) {
            $0.overviews[1] = Loadable(value: Self.overview(.normal), loadedAt: Fixtures.now)
            $0.dialog = .operation(dialog)
        }
        let texts = dialog.notes.map(\.text)
        #expect(texts[0].hasPrefix("Pausing stops OCP from starting the strategy's scheduled data backups (full and incremental) of alpha"))
        #expect(texts.contains("Scheduling is NORMAL now; no data backup finished yet."))
        #expect(
            texts.last
                == "Log backup is RUNNING (checkpoint 2026-11-20 Fri 19:59 UTC+08:00, 40 s behind). OCP does not document whether pausing stops it; the log backup is read again in the Overview after pausing."
        )
        #expect(
            dialog.title.english == "Pause scheduling" && pause.requestLine == "POST /api/v2/ob/clusters/1/backup/config/backupStrategy/stopSchedule")
        dialog.step = .sending(pause)
        await store.send(.operation(.proceed)) { $0.dialog = .operation(dialog) }
        await store.receive(.operation(.sent(pause, .success(Fixtures.receipt(.stopSchedule, tasks: []))))) {
            $0.dialog = nil
            $0.flash = Flash(
                id: 1, text: "Scheduling of alpha paused: OCP starts no scheduled data backups until it is resumed.", tone: .info,
                expiresAt: BackupNowTests.expiry)
            $0.nextFlashId = 2
            $0.overviews[1]?.isLoading = true
            $0.strategies[1]?.isLoading = true
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        await store.receive(.operation(.overviewRead(clusterId: 1, .success(Self.overview(.paused))))) {
            $0.overviews[1] = Loadable(value: Self.overview(.paused), loadedAt: Fixtures.now)
        }
        await store.receive(.strategyLoaded(clusterId: 1, .success(StrategySnapshot.none))) {
            $0.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        #expect(world.operations.recorded.mutations == [pause])
        #expect(OperationActions.resumes(store.state) == true, "p now resumes")
        store.finish()
    }

    @Test func aPausedScheduleResumesWithTheNextRunAndAnInterruptedArchiveIsAWarning() async {
        let world = FakeWorld()
        var interrupted = Self.archiving
        interrupted.status = .interrupted
        world.operations.set {
            $0.overviews = [.success(Self.overview(.paused))]
            $0.logTasks = .success([interrupted])
        }
        var state = WizardHarness.detailState(strategy: Self.strategy)
        state.overviews[1] = Loadable(value: Self.overview(.paused), loadedAt: Fixtures.now)
        #expect(OperationActions.resumes(state) == true)
        let store = world.store(state)
        await store.send(.operation(.pauseOrResume)) {
            $0.dialog = .operation(Self.reading())
            $0.overviews[1]?.isLoading = true
        }
        await store.receiveUnchecked()
        guard case .operation(let dialog)? = store.state.dialog else { return }
        #expect(dialog.pauses == false && dialog.mutation == .schedule(clusterId: 1, pause: false))
        #expect(dialog.notes.map(\.text).contains("The next scheduled backup: 2026-11-21 Sat 02:00 UTC+08:00 (incremental)."))
        #expect(dialog.notes.last?.tone == .warning && dialog.notes.last?.text.hasPrefix("Log backup is INTERRUPTED") == true)
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        store.finish()
    }

    @Test func aLogTaskThatCannotBeReadIsSaidUnknown() {
        let error = ErrorInfo(kind: .timeout, message: "OCP did not answer in time.")
        let note = OperationNotes.logBackup(.failure(error), pauses: true, offset: 0, language: .english)
        #expect(
            note.tone == .warning
                && note.text == "The log backup could not be read (OCP did not answer in time.): whether archiving runs is not known.")
        #expect(
            OperationNotes.logBackup(.success([]), pauses: true, offset: 0, language: .english).text.hasPrefix(
                "No log backup task in the last seven days"))
    }

    @Test func anOverviewThatCannotBeReadOffersToReadAgain() async {
        let world = FakeWorld()
        let down = OCPAPIError(kind: .connection, message: "Connection refused.")
        world.operations.set { $0.overviews = [.failure(down), .success(Self.overview(.normal))] }
        let store = world.store(WizardHarness.detailState(strategy: Self.strategy))
        await store.send(.operation(.pauseOrResume)) {
            $0.dialog = .operation(Self.reading())
            $0.overviews[1] = Loadable(isLoading: true)
        }
        await store.receive(.operation(.scheduleFactsRead(clusterId: 1, .failure(ErrorInfo(down))))) {
            $0.overviews[1] = Loadable(error: ErrorInfo(down))
            var dialog = Self.reading()
            dialog.step = .finished(.unreadable(ErrorInfo(down)))
            $0.dialog = .operation(dialog)
        }
        await store.send(.operation(.readAgain)) {
            $0.dialog = .operation(Self.reading())
            $0.overviews[1]?.isLoading = true
        }
        await store.receiveUnchecked()
        guard case .operation(let dialog)? = store.state.dialog else { return }
        #expect(dialog.pauses == true && dialog.mutation == .schedule(clusterId: 1, pause: true))
        #expect(world.operations.recorded.mutations.isEmpty)
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        store.finish()
    }

    @Test func aPauseWithoutAnswerIsCheckedAgainstTheSchedule() {
        let pause = PreparedMutation.schedule(clusterId: 1, pause: true)
        let arrived = OperationFindings(
            ClusterRereading(overview: Self.overview(.paused), tasks: []), mutation: pause, taskId: nil, localNow: Fixtures.now, offset: 0,
            language: .english)
        #expect(!arrived.notArrived && arrived.notes.last?.text == "Scheduling is PAUSED: the pause arrived.")
        let lost = OperationFindings(
            ClusterRereading(overview: Self.overview(.normal), tasks: []), mutation: pause, taskId: nil, localNow: Fixtures.now, offset: 0,
            language: .english)
        #expect(lost.notArrived && lost.notes.last?.text == "Scheduling is still NORMAL: the pause did not arrive. Enter asks to send it again.")
        let resume = PreparedMutation.schedule(clusterId: 1, pause: false)
        #expect(
            OperationFindings(
                ClusterRereading(overview: Self.overview(.normal), tasks: []), mutation: resume, taskId: nil, localNow: Fixtures.now, offset: 0,
                language: .english
            ).notArrived == false)
    }

    @Test func noStrategyMeansNothingToPause() {
        #expect(WizardHarness.detailState().availability(of: .schedule)?.reason?.english == "the cluster has no backup strategy")
        var state = WizardHarness.detailState(strategy: Self.strategy, readOnly: true)
        #expect(state.availability(of: .schedule)?.reason?.english == "the console is read-only")
        state.readOnly = false
        state.overviews[1] = Loadable(value: Self.overview(.none), loadedAt: Fixtures.now)
        #expect(state.availability(of: .schedule)?.reason?.english == "OCP says the cluster has no backup strategy")
    }
}
