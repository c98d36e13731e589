import Localization
import OCPAPI

extension ConsoleFeature {
    /// The answers of the operations: the facts a confirmation needs, the change's outcome
    /// (a success closes the dialog; no answer re-reads before anything is offered again;
    /// BAK31005 finds the running backup), the re-read's findings.
    func reduceOperationResult(_ state: inout ConsoleState, action: OperationAction) -> Effect<ConsoleAction> {
        switch action {
        case .scheduleFactsRead(let clusterId, let result):
            state.overviews[clusterId, default: Loadable()].finish(result.map(\.overview), at: dependencies.now())
            guard case .operation(var dialog)? = state.dialog, dialog.command == .schedule, dialog.clusterId == clusterId,
                dialog.step == .reading
            else { return .none }
            switch result {
            case .success(let facts):
                let pauses = facts.overview.value.backupScheduleStatus != .paused
                dialog.pauses = pauses
                dialog.notes = OperationNotes.schedule(
                    pauses: pauses, clusterName: dialog.clusterName, facts: facts, strategy: state.strategies[clusterId]?.value?.strategy,
                    localNow: dependencies.now(), offset: dependencies.timeZoneOffset(dependencies.now()), language: state.language)
                if facts.overview.value.backupScheduleStatus == BackupScheduleStatus.none {
                    dialog.step = .finished(
                        .failed(
                            ErrorInfo(
                                kind: .ocp,
                                message: state.language.pick("OCP says the cluster has no backup strategy to schedule.", "OCP 表示该集群没有可调度的备份策略。"))))
                } else {
                    dialog.step = .confirming(.schedule(clusterId: clusterId, pause: pauses))
                }
            case .failure(let error):
                dialog.step = .finished(.unreadable(error))
            }
            state.dialog = .operation(dialog)
            return .none
        case .sent(let mutation, let result):
            return sent(mutation, result, in: &state)
        case .reread(let mutation, let result):
            if case .success(let found) = result {
                state.overviews[mutation.clusterId, default: Loadable()].finish(.success(found.overview), at: dependencies.now())
            }
            guard case .operation(var dialog)? = state.dialog, case .rereading(mutation) = dialog.step else { return .none }
            switch result {
            case .success(let found):
                let now = dependencies.now()
                let findings = OperationFindings(
                    found, mutation: mutation, taskId: dialog.taskId, localNow: now, offset: dependencies.timeZoneOffset(now),
                    language: state.language)
                dialog.step = .finished(.unknown(findings: findings.notes, taskId: findings.taskId, resend: findings.notArrived ? mutation : nil))
            case .failure(let error):
                dialog.step = .finished(.unreadable(error))
            }
            state.dialog = .operation(dialog)
            return .none
        case .runningTasksRead(let clusterId, let result):
            guard case .operation(var dialog)? = state.dialog, dialog.clusterId == clusterId,
                case .finished(.alreadyRunning(let error, nil)) = dialog.step, case .success(let tasks) = result,
                let running = tasks.first(where: { $0.statusClass == .running && $0.tenant?.name == nil })
            else { return .none }
            dialog.step = .finished(.alreadyRunning(error, taskId: running.id))
            state.dialog = .operation(dialog)
            return .none
        case .overviewRead(let clusterId, let result):
            state.overviews[clusterId, default: Loadable()].finish(result, at: dependencies.now())
            return .none
        default:
            return .none
        }
    }

    private func sent(
        _ mutation: PreparedMutation, _ result: Result<MutationReceipt, ErrorInfo>, in state: inout ConsoleState
    ) -> Effect<ConsoleAction> {
        let open: OperationDialog? = if case .operation(let dialog)? = state.dialog, dialog.mutation == mutation { dialog } else { nil }
        guard var dialog = open else {
            return flash(Self.unattendedSummary(mutation, result, language: state.language), tone: result.isSuccess ? .info : .error, in: &state)
        }
        switch result {
        case .success(let receipt):
            state.dialog = nil
            return succeeded(mutation, receipt, dialog: dialog, in: &state)
        case .failure(let error) where error.kind == .outcomeUnknown:
            dialog.lastSent = mutation
            dialog.step = .rereading(mutation)
            state.dialog = .operation(dialog)
            return reread(after: mutation, clusterId: mutation.clusterId)
        case .failure(let error) where error.code == "BAK31005":
            dialog.step = .finished(.alreadyRunning(error, taskId: nil))
            state.dialog = .operation(dialog)
            let recent = dependencies.operations.recentTaskInstances
            let clusterId = mutation.clusterId
            return .task(id: "operation-read") {
                .operation(.runningTasksRead(clusterId: clusterId, await recent(clusterId).mapError(ErrorInfo.init)))
            }
        case .failure(let error):
            dialog.step = .finished(.failed(error))
            state.dialog = .operation(dialog)
            return .none
        }
    }

    private func succeeded(
        _ mutation: PreparedMutation, _ receipt: MutationReceipt, dialog: OperationDialog, in state: inout ConsoleState
    ) -> Effect<ConsoleAction> {
        switch mutation.operation {
        case .backupNow:
            guard let taskId = receipt.taskIds.first else {
                return flash(
                    Bilingual(
                        "OCP accepted the backup but named no task to follow; the cluster's task list shows it.",
                        "OCP 已接受备份，但没有给出可跟随的任务；集群的任务列表中可以看到。"),
                    in: &state)
            }
            let kind = dialog.kind == .incremental ? Bilingual("An incremental", "增量") : Bilingual("A full", "全量")
            let shown = flash(
                Bilingual(
                    "\(kind.english) backup of \(dialog.clusterName) started: task \(taskId).",
                    "\(dialog.clusterName) 的\(kind.chinese)备份已开始：任务 \(taskId)。"),
                in: &state)
            return .merge([shown, reduceTaskView(&state, action: .open(clusterId: mutation.clusterId, taskId: taskId))])
        case .pauseSchedule, .resumeSchedule:
            let text =
                mutation.operation == .pauseSchedule
                ? Bilingual(
                    "Scheduling of \(dialog.clusterName) paused: OCP starts no scheduled data backups until it is resumed.",
                    "\(dialog.clusterName) 的备份调度已暂停：恢复调度前 OCP 不会按调度开始数据备份。")
                : Bilingual("Scheduling of \(dialog.clusterName) resumed.", "\(dialog.clusterName) 的备份调度已恢复。")
            return .merge([
                flash(text, in: &state), readOverview(mutation.clusterId, in: &state), loadStrategy(mutation.clusterId, in: &state),
                rereadHealth(mutation.clusterId, in: &state),
            ])
        case .retryTask:
            let id = receipt.taskIds.first.map(String.init) ?? ""
            let shown = flash(Bilingual("Task \(id) runs again.", "任务 \(id) 重新运行。"), in: &state)
            return .merge([shown, reduceTaskView(&state, action: .refresh)])
        case .create, .modify, .delete, .restore:
            return .none
        }
    }

    /// Reads a cluster's overview into the cache (after pausing or resuming).
    func readOverview(_ clusterId: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        state.overviews[clusterId, default: Loadable()].begin()
        let overview = dependencies.operations.overview
        return .task(id: "overview-\(clusterId)") {
            .operation(.overviewRead(clusterId: clusterId, await overview(clusterId).mapError(ErrorInfo.init)))
        }
    }

    /// The flash for an answer whose dialog is gone.
    static func unattendedSummary(_ mutation: PreparedMutation, _ result: Result<MutationReceipt, ErrorInfo>, language: Language) -> String {
        switch result {
        case .success(let receipt):
            let ids = receipt.taskIds.map(String.init).joined(separator: ", ")
            if language == .simplifiedChinese {
                return "\(mutation.requestLine) 已被接受" + (receipt.taskIds.isEmpty ? "。" : "（任务 \(ids)）。")
            }
            let tasks = receipt.taskIds.isEmpty ? "" : " (task \(ids))"
            return "\(mutation.requestLine) was accepted\(tasks)."
        case .failure(let error):
            return "\(mutation.requestLine): \(error.summary)"
        }
    }
}

extension Result {
    /// Whether it is a success.
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
