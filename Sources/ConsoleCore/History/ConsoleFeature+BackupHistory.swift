import Foundation
import Localization
import OCPAPI

extension ConsoleFeature {
    /// The Tasks and Recoverable tabs: reading their data, the Tasks tab's cursor, opening the
    /// task under it.
    func reduceBackupHistory(_ state: inout ConsoleState, action: BackupHistoryAction) -> Effect<ConsoleAction> {
        let now = dependencies.now()
        let offset = dependencies.timeZoneOffset(now)
        let language = state.language
        switch action {
        case .taskListsLoaded(let id, let result):
            state.taskLists[id, default: Loadable()].finish(
                result.map { TaskListSnapshot($0.value, answeredAt: $0.answeredAt ?? now, offset: offset, language: language) }, at: now)
            moveTaskCursor(&state) { $0 }
            return .none
        case .backupInfoLoaded(let id, let result):
            state.recoverability[id, default: Loadable()].finish(
                result.map { RecoverabilitySnapshot($0.value, answeredAt: $0.answeredAt ?? now, localOffset: offset) }, at: now)
            return .none
        case .previousTask:
            moveTaskCursor(&state) { $0 - 1 }
            return .none
        case .nextTask:
            moveTaskCursor(&state) { $0 + 1 }
            return .none
        case .firstTask:
            moveTaskCursor(&state) { _ in 0 }
            return .none
        case .lastTask:
            moveTaskCursor(&state) { _ in .max }
            return .none
        case .openTask:
            guard let id = state.detailClusterId, let entries = state.taskLists[id]?.value?.entries, state.taskCursor.clusterId == id,
                entries.indices.contains(state.taskCursor.index)
            else { return .none }
            switch entries[state.taskCursor.index].opens {
            case .dataBackup(let row): return reduceTaskView(&state, action: .openDataBackup(clusterId: id, row))
            case .restore(let row): return reduceTaskView(&state, action: .openRestore(clusterId: id, row))
            case .nothing:
                return flash(
                    Bilingual(
                        "A log backup round is no OCP task, so there is nothing to open: its row shows its checkpoint and delay.",
                        "日志备份轮次不是 OCP 任务，因此无可打开：它的行显示位点和延迟。"), in: &state)
            }
        }
    }

    /// Moves the cursor over the shown cluster's rows (back to the first for another cluster)
    /// and scrolls the pane to keep it in view.
    private func moveTaskCursor(_ state: inout ConsoleState, _ move: (Int) -> Int) {
        guard let id = state.detailClusterId else { return }
        let count = state.taskLists[id]?.value?.entries.count ?? 0
        let current = state.taskCursor.clusterId == id ? state.taskCursor.index : 0
        state.taskCursor.clusterId = id
        state.taskCursor.index = count == 0 ? 0 : min(max(0, move(current) == .max ? count - 1 : move(current)), count - 1)
        if state.detailTab == .tasks, count > 0 { state.detailScroll.reveal(TaskListEntry.headerLines + state.taskCursor.index) }
    }

    /// Reads the Tasks tab's lists of cluster `id` unless they are cached (or with `again`): the
    /// overview first, whose time tells where the seven days end on OCP's clock, then the data,
    /// log and restore tasks from then on.
    func loadTaskLists(_ id: Int64, in state: inout ConsoleState, again: Bool) -> Effect<ConsoleAction> {
        guard again || (state.taskLists[id]?.value == nil && state.taskLists[id]?.isLoading != true) else { return .none }
        state.taskLists[id, default: Loadable()].begin()
        let operations = dependencies.operations
        let now = dependencies.now
        return .run(id: "task-lists-\(id)") { send in
            let overview = await operations.overview(id)
            send(.operation(.overviewRead(clusterId: id, overview.mapError(ErrorInfo.init))))
            let end = (try? overview.get().answeredAt) ?? now()
            let range = OCPTimeRange(start: end.addingTimeInterval(-7 * 86_400), end: nil)
            send(.history(.taskListsLoaded(clusterId: id, await operations.taskLists(id, range).mapError(ErrorInfo.init))))
        }
    }

    /// Reads the Recoverable tab's windows of cluster `id` unless they are cached (or with
    /// `again`). OCP parses backup data slowly: it is read when the tab is shown, never polled.
    func loadBackupInfo(_ id: Int64, in state: inout ConsoleState, again: Bool) -> Effect<ConsoleAction> {
        guard again || (state.recoverability[id]?.value == nil && state.recoverability[id]?.isLoading != true) else { return .none }
        state.recoverability[id, default: Loadable()].begin()
        let backupInfo = dependencies.operations.backupInfo
        return .task(id: "backup-info-\(id)") {
            .history(.backupInfoLoaded(clusterId: id, await backupInfo(id).mapError(ErrorInfo.init)))
        }
    }
}
