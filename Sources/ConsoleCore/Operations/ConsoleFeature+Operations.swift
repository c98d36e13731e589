import Localization
import OCPAPI

extension ConsoleFeature {
    /// Back up now, pause and resume, retry: refusals, the dialog's steps, sending once.
    func reduceOperation(_ state: inout ConsoleState, action: OperationAction) -> Effect<ConsoleAction> {
        switch action {
        case .backUpNow:
            return startBackupNow(&state)
        case .pauseOrResume:
            return startSchedule(&state)
        case .retry:
            return startRetry(&state)
        case .retryLatest:
            if let refused = refusal(.retryLatest, in: &state) { return refused }
            guard let id = state.detailClusterId, let entries = state.taskLists[id]?.value?.entries,
                let row = OperationActions.latestDataBackup(in: entries)
            else { return .none }
            let effect = reduceTaskView(&state, action: .openDataBackup(clusterId: id, row))
            state.taskView?.retriesWhenRead = true
            return effect
        case .choose(let kind):
            return choose(kind, in: &state)
        case .toggleKind:
            guard case .operation(let dialog)? = state.dialog, dialog.step == .choosing else { return .none }
            return choose(dialog.kind == .full ? .incremental : .full, in: &state)
        case .proceed:
            return proceed(&state)
        case .readAgain:
            return readAgain(&state)
        case .cancel:
            guard case .operation(let dialog)? = state.dialog else { return .none }
            switch dialog.step {
            case .sending, .rereading:
                return flash(Bilingual("The change is on its way: wait for OCP's answer.", "修改正在发送中：请等待 OCP 的回应。"), tone: .error, in: &state)
            default:
                state.dialog = nil
                return .none
            }
        case .scheduleFactsRead, .sent, .reread, .runningTasksRead, .overviewRead:
            return reduceOperationResult(&state, action: action)
        }
    }

    /// Refuses `command` with a flash when it is not allowed now; `nil` when it is.
    private func refusal(_ command: OperationCommand, in state: inout ConsoleState) -> Effect<ConsoleAction>? {
        guard let availability = state.availability(of: command) else { return Effect<ConsoleAction>.none }
        guard let reason = availability.reason else { return nil }
        let name =
            switch command {
            case .backupNow: Bilingual("Back up now", "立即备份")
            case .schedule: Bilingual("Pausing or resuming", "暂停或恢复调度")
            case .retry, .retryLatest: Bilingual("Retry", "重试")
            case .restore: Bilingual("A restore", "恢复")
            }
        return flash(
            Bilingual("\(name.english) is not possible: \(reason.english).", "\(name.chinese)现在不可：\(reason.chinese)。"), tone: .error, in: &state)
    }

    private func startBackupNow(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        if let refused = refusal(.backupNow, in: &state) { return refused }
        guard let cluster = state.detailCluster, let strategy = state.strategies[cluster.id]?.value?.strategy else { return .none }
        var dialog = OperationDialog(command: .backupNow, clusterId: cluster.id, clusterName: ClusterRow(cluster).name, step: .choosing)
        dialog.notes = OperationNotes.backupNow(
            kind: .full, clusterName: dialog.clusterName, strategy: strategy, ability: state.abilities[cluster.id]?.value, language: state.language)
        state.dialog = .operation(dialog)
        return .none
    }

    private func startSchedule(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        if let refused = refusal(.schedule, in: &state) { return refused }
        guard let cluster = state.detailCluster else { return .none }
        state.dialog = .operation(OperationDialog(command: .schedule, clusterId: cluster.id, clusterName: ClusterRow(cluster).name, step: .reading))
        return readScheduleFacts(cluster.id, in: &state)
    }

    private func startRetry(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        if let refused = refusal(.retry, in: &state) { return refused }
        guard let view = state.taskView, let task = view.task.value?.value else { return .none }
        let clusterId = task.cluster?.id ?? view.clusterId
        let name =
            state.list.row(id: clusterId)?.name
            ?? TextSanitizer.singleLine(task.cluster?.name ?? state.language.pick("cluster \(clusterId)", "集群 \(clusterId)"))
        var dialog = OperationDialog(
            command: .retry, clusterId: clusterId, clusterName: name, taskId: task.id,
            step: .confirming(.retry(taskId: task.id, clusterId: clusterId)))
        dialog.notes = OperationNotes.retry(view, clusterName: name, language: state.language)
        state.dialog = .operation(dialog)
        return .none
    }

    private func choose(_ kind: DataBackupKind, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard case .operation(var dialog)? = state.dialog, dialog.step == .choosing else { return .none }
        let strategy = state.strategies[dialog.clusterId]?.value?.strategy
        let ability = state.abilities[dialog.clusterId]?.value
        if kind == .incremental, let refusal = OperationNotes.incrementalRefusal(strategy: strategy, ability: ability) {
            return flash(refusal, tone: .error, in: &state)
        }
        guard let strategy else { return .none }
        dialog.kind = kind
        dialog.notes = OperationNotes.backupNow(
            kind: kind, clusterName: dialog.clusterName, strategy: strategy, ability: ability, language: state.language)
        state.dialog = .operation(dialog)
        return .none
    }

    private func proceed(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard case .operation(var dialog)? = state.dialog else { return .none }
        switch dialog.step {
        case .choosing:
            guard let strategy = state.strategies[dialog.clusterId]?.value?.strategy else { return .none }
            do throws(OCPAPIError) {
                dialog.step = .confirming(try .backupNow(clusterId: dialog.clusterId, strategy: strategy, kind: dialog.kind))
            } catch {
                dialog.step = .finished(.failed(ErrorInfo(error)))
            }
            state.dialog = .operation(dialog)
            return .none
        case .confirming(let mutation):
            guard !state.readOnly else {
                return flash(Bilingual("The console is read-only: nothing is sent.", "控制台为只读模式：不会发送任何内容。"), tone: .error, in: &state)
            }
            dialog.step = .sending(mutation)
            state.dialog = .operation(dialog)
            let mutate = dependencies.mutate
            return .task(id: "operation-send") {
                .operation(.sent(mutation, await mutate(mutation).mapError(ErrorInfo.init)))
            }
        case .finished(let outcome):
            if let taskId = outcome.taskId {
                state.dialog = nil
                return reduceTaskView(&state, action: .open(clusterId: dialog.clusterId, taskId: taskId))
            }
            if case .unknown(_, _, let resend?) = outcome {
                dialog.notes.append(
                    OperationNote(
                        state.language.pick(
                            "Sent once without an answer; the re-read shows it did not happen.", "已发送一次但没有回应；重新读取显示它没有发生。"), tone: .warning))
                dialog.step = .confirming(resend)
                state.dialog = .operation(dialog)
                return .none
            }
            state.dialog = nil
            return .none
        case .reading, .sending, .rereading:
            return .none
        }
    }

    private func readAgain(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard case .operation(var dialog)? = state.dialog, case .finished(.unreadable) = dialog.step else { return .none }
        if let sent = dialog.lastSent {
            dialog.step = .rereading(sent)
            state.dialog = .operation(dialog)
            return reread(after: sent, clusterId: dialog.clusterId)
        }
        guard dialog.command == .schedule else { return .none }
        dialog.step = .reading
        state.dialog = .operation(dialog)
        return readScheduleFacts(dialog.clusterId, in: &state)
    }

    /// Reads the overview, then the log backup tasks of the seven days before OCP's answer.
    func readScheduleFacts(_ clusterId: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        state.overviews[clusterId, default: Loadable()].begin()
        let operations = dependencies.operations
        let now = dependencies.now
        return .task(id: "operation-read") {
            switch await operations.overview(clusterId) {
            case .failure(let error):
                return .operation(.scheduleFactsRead(clusterId: clusterId, .failure(ErrorInfo(error))))
            case .success(let overview):
                let range = OCPTimeRange.lastSevenDays(before: overview.answeredAt ?? now())
                let logs = await operations.logBackupTasks(clusterId, range).mapError(ErrorInfo.init)
                return .operation(.scheduleFactsRead(clusterId: clusterId, .success(ScheduleFacts(overview: overview, logTasks: logs))))
            }
        }
    }

    /// Reads the overview and the newest tasks after `mutation` got no answer.
    func reread(after mutation: PreparedMutation, clusterId: Int64) -> Effect<ConsoleAction> {
        let operations = dependencies.operations
        return .task(id: "operation-read") {
            switch await operations.overview(clusterId) {
            case .failure(let error):
                return .operation(.reread(mutation, .failure(ErrorInfo(error))))
            case .success(let overview):
                let tasks = await operations.recentTaskInstances(clusterId)
                return .operation(.reread(mutation, tasks.map { ClusterRereading(overview: overview, tasks: $0) }.mapError(ErrorInfo.init)))
            }
        }
    }
}
