import Localization
import OCPAPI

extension ConsoleFeature {
    /// The keys of the task view's effects: closing the view cancels them all.
    static let taskViewEffects = ["task-view-lookup", "task-view-read", "task-view-poll", "task-view-log"]

    /// The task view: opening, reading, polling with back-off while the task runs, the
    /// subtask log, closing. Results of another opening are dropped.
    func reduceTaskView(_ state: inout ConsoleState, action: TaskViewAction) -> Effect<ConsoleAction> {
        switch action {
        case .open(let clusterId, let taskId):
            return openTaskView(&state, clusterId: clusterId, source: .instance(taskId))
        case .openDataBackup(let clusterId, let row):
            return openTaskView(&state, clusterId: clusterId, source: .dataBackup(row))
        case .openRestore(let clusterId, let row):
            return openTaskView(&state, clusterId: clusterId, source: .restore(row))
        case .close:
            guard state.taskView != nil else { return .none }
            state.taskView = nil
            return .merge(Self.taskViewEffects.map { .cancel(id: $0) } + [restoreTaskClosed(&state)])
        case .refresh:
            guard var view = state.taskView, let taskId = view.taskId else { return .none }
            view.polling.stop()
            view.task.begin()
            var effects: [Effect<ConsoleAction>] = [.cancel(id: "task-view-poll"), readTask(taskId, view: view.id)]
            effects.append(syncLog(&view, force: true))
            state.taskView = view
            return .merge(effects)
        case .toggleWholeLogLines:
            state.taskView?.showsWholeLogLines.toggle()
            return .none
        case .previousSubtask, .nextSubtask, .followTask:
            guard var view = state.taskView else { return .none }
            chooseSubtask(&view, action: action)
            let effect = syncLog(&view, force: false)
            state.taskView = view
            return effect
        case .instanceFound(let id, let result):
            guard var view = state.taskView, view.id == id else { return .none }
            let effect = instanceFound(&view, result, language: state.language)
            state.taskView = view
            return effect
        case .loaded(let id, let result):
            guard var view = state.taskView, view.id == id else { return .none }
            let effect = taskLoaded(&view, result)
            let retries = view.retriesWhenRead && view.task.value != nil
            if retries { view.retriesWhenRead = false }
            state.taskView = view
            guard retries, view.task.value?.value.statusClass == .failed else { return effect }
            return .merge([effect, reduceOperation(&state, action: .retry)])
        case .pollDue(let id):
            guard var view = state.taskView, view.id == id, let taskId = view.taskId else { return .none }
            view.task.begin()
            state.taskView = view
            return readTask(taskId, view: id)
        case .logLoaded(let id, let subtaskId, let result):
            guard var view = state.taskView, view.id == id, var log = view.log, log.subtaskId == subtaskId else { return .none }
            log.content.finish(result, at: dependencies.now())
            view.log = log
            state.taskView = view
            return .none
        }
    }

    /// Opens a new view from `source`, replacing any open one.
    func openTaskView(_ state: inout ConsoleState, clusterId: Int64, source: TaskViewState.Source) -> Effect<ConsoleAction> {
        let id = state.nextTaskViewId
        state.nextTaskViewId += 1
        var view = TaskViewState(id: id, clusterId: clusterId, source: source)
        view.localOffset = dependencies.timeZoneOffset(dependencies.now())
        var effects: [Effect<ConsoleAction>] = Self.taskViewEffects.map { .cancel(id: $0) }
        let operations = dependencies.operations
        switch source {
        case .instance(let taskId):
            view.task.begin()
            effects.append(readTask(taskId, view: id))
        case .dataBackup(let row):
            view.task.begin()
            effects.append(
                .task(id: "task-view-lookup") {
                    .task(.instanceFound(view: id, await operations.dataBackupInstance(clusterId, row).mapError(ErrorInfo.init)))
                })
        case .restore(let row):
            view.task.begin()
            effects.append(
                .task(id: "task-view-lookup") {
                    .task(.instanceFound(view: id, await operations.restoreInstance(clusterId, row).mapError(ErrorInfo.init)))
                })
        }
        state.taskView = view
        return .merge(effects)
    }

    private func readTask(_ taskId: Int64, view: Int) -> Effect<ConsoleAction> {
        let read = dependencies.operations.taskInstance
        return .task(id: "task-view-read") {
            .task(.loaded(view: view, await read(taskId).mapError(ErrorInfo.init)))
        }
    }

    private func instanceFound(_ view: inout TaskViewState, _ result: Result<TaskInstance?, ErrorInfo>, language: Language) -> Effect<ConsoleAction> {
        switch result {
        case .success(let instance?):
            view.taskId = instance.id
            return readTask(instance.id, view: view.id)
        case .success(nil):
            view.task = Loadable()
            view.lookupFailure = Self.lookupFailure(view.source, language: language)
            return .none
        case .failure(let error):
            view.task.finish(.failure(error), at: dependencies.now())
            return .none
        }
    }

    /// Why a row's task could not be opened.
    static func lookupFailure(_ source: TaskViewState.Source, language: Language) -> String {
        switch source {
        case .dataBackup(let row):
            if language == .simplifiedChinese {
                let set = row.backupSetId.map { "备份集 \($0)" } ?? "此备份"
                return "该集群的任务列表中没有与\(set)（开始于 \(row.startTime?.raw ?? "未知时间")）匹配的 OCP 任务；OCP 可能已清理旧任务。"
            }
            let set = row.backupSetId.map { "backup set \($0)" } ?? "this backup"
            return "No OCP task in this cluster's task list matches \(set) (started \(row.startTime?.raw ?? "at an unknown time")); "
                + "OCP may have cleaned up old tasks."
        case .restore(let row):
            let tenant = TextSanitizer.singleLine(row.restoreTenantName ?? language.pick("this tenant", "此租户"))
            return language.pick(
                "No OCP task matches the restore of \(tenant); OCP may have cleaned up old tasks.", "没有与 \(tenant) 的恢复匹配的 OCP 任务；OCP 可能已清理旧任务。")
        case .instance(let id):
            return language.pick("Task \(id) was not found.", "未找到任务 \(id)。")
        }
    }

    private func taskLoaded(_ view: inout TaskViewState, _ result: Result<Served<TaskInstance>, ErrorInfo>) -> Effect<ConsoleAction> {
        let previous = view.task.value?.value
        view.task.finish(result, at: dependencies.now())
        var effects: [Effect<ConsoleAction>] = []
        if case .success(let served) = result {
            effects.append(syncLog(&view, force: false))
            guard view.isLive else {
                view.polling.stop()
                return .merge(effects)
            }
            effects.append(poll(view.id, after: view.polling.schedule(changed: previous != served.value)))
        } else if view.isLive {
            effects.append(poll(view.id, after: view.polling.schedule(changed: false)))
        }
        return .merge(effects)
    }

    private func poll(_ view: Int, after wait: Duration) -> Effect<ConsoleAction> {
        let sleep = dependencies.sleep
        return .task(id: "task-view-poll") {
            await sleep(wait)
            return .task(.pollDue(view: view))
        }
    }

    private func chooseSubtask(_ view: inout TaskViewState, action: TaskViewAction) {
        let steps = view.order.subtasks
        guard action != .followTask, let shown = view.shownSubtask, let index = steps.firstIndex(where: { $0.id == shown.id }) else {
            view.chosenSubtaskId = nil
            return
        }
        let next = action == .previousSubtask ? max(0, index - 1) : min(steps.count - 1, index + 1)
        view.chosenSubtaskId = steps[next].id
    }

    /// Reads the shown subtask's log when it is another subtask, when the subtask changed
    /// since its log was read, while it runs (its log grows), or when `force`d; a subtask that
    /// has not started has no log.
    private func syncLog(_ view: inout TaskViewState, force: Bool) -> Effect<ConsoleAction> {
        guard let taskId = view.taskId, let shown = view.shownSubtask, shown.startTime != nil || shown.isDone || shown.statusClass != .pending
        else {
            view.log = nil
            return .cancel(id: "task-view-log")
        }
        let stamp = SubtaskStamp(shown)
        var log = view.log?.subtaskId == shown.id ? view.log ?? TaskLogState(subtaskId: shown.id) : TaskLogState(subtaskId: shown.id)
        let isNew = view.log?.subtaskId != shown.id
        guard isNew || force || log.readFor != stamp || shown.statusClass == .running else { return .none }
        log.readFor = stamp
        log.content.begin()
        view.log = log
        let read = dependencies.operations.subtaskLog
        let id = view.id
        let subtaskId = shown.id
        return .task(id: "task-view-log") {
            let result = await read(taskId, subtaskId)
            return .task(.logLoaded(view: id, subtaskId: subtaskId, result.map { TaskLogText($0.log) }.mapError(ErrorInfo.init)))
        }
    }
}
