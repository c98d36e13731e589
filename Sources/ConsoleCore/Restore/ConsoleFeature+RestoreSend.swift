import Foundation
import OCPAPI

extension ConsoleFeature {
    /// OCP's preview of the request as it stands.
    func startPreview(_ wizard: inout RestoreWizardState) -> Effect<ConsoleAction> {
        guard let body = wizard.request else {
            wizard.preview = Loadable(error: ErrorInfo(kind: .invalidRequest, message: "The request is incomplete; go back and check the steps."))
            return .none
        }
        wizard.preview = Loadable(isLoading: true)
        let preview = dependencies.restore.preview
        let id = wizard.source.id
        return .task(id: "restore-preview") { .restore(.previewLoaded(await preview(id, body).mapError(ErrorInfo.init))) }
    }

    /// Prepares the request once, for the review: these bytes are shown, sent and audited.
    func prepareRestore(_ wizard: inout RestoreWizardState) {
        guard let body = wizard.request, case .success(let instant) = wizard.typedTime else {
            wizard.mutation = nil
            return
        }
        wizard.mutation = try? PreparedMutation.restore(sourceClusterId: wizard.source.id, body: body)
        wizard.pointInTime = RestoreTimeText.floorMillisecond(instant)
    }

    /// Sending once, and the endings: the task opens; OCP's refusal takes the wizard back to the
    /// step it concerns; no answer reads the restore tasks again before anything else.
    func reduceRestoreSend(_ state: inout ConsoleState, action: RestoreAction) -> Effect<ConsoleAction> {
        guard var wizard = state.restore else { return .none }
        defer { state.restore = wizard }
        switch action {
        case .send:
            guard wizard.step == .confirm, wizard.submission.allowsSend else { return .none }
            if state.readOnly { return flash("The console is read-only; nothing is sent.", tone: .error, in: &state) }
            let outcome = RestoreStepChecks.check(.confirm, of: wizard, now: dependencies.now())
            wizard.refusal = outcome.reasons
            wizard.fieldErrors[.confirmName] = outcome.fieldErrors[.confirmName]
            guard outcome.reasons.isEmpty, let mutation = wizard.mutation else { return .none }
            wizard.submission = .inFlight
            let mutate = dependencies.mutate
            return .task(id: "restore-send") { .restore(.sent(await mutate(mutation).mapError(ErrorInfo.init))) }
        case .sent(let result):
            guard wizard.submission == .inFlight else { return .none }
            return sent(result, wizard: &wizard, state: &state)
        case .rereadTasks:
            guard case .rereadFailed(let original, _) = wizard.submission else { return .none }
            wizard.submission = .outcomeUnknown(original)
            return rereadRestores(wizard)
        case .reread(let result):
            guard case .outcomeUnknown(let original) = wizard.submission else { return .none }
            switch result {
            case .success(let found):
                wizard.submission = .reread(original, found: found)
                wizard.confirmText = ""
            case .failure(let failure):
                wizard.submission = .rereadFailed(original, reread: failure)
            }
            return .none
        case .openTask:
            let taskId: Int64? =
                switch wizard.submission {
                case .succeeded(let ids, _): ids.first
                case .reread(_, let found?): found.taskId
                default: nil
                }
            guard let taskId, let target = wizard.form.targetId else { return .none }
            state.restore = wizard
            return reduceTaskView(&state, action: .open(clusterId: target, taskId: taskId))
        default:
            return .none
        }
    }

    private func sent(
        _ result: Result<MutationReceipt, ErrorInfo>, wizard: inout RestoreWizardState, state: inout ConsoleState
    ) -> Effect<ConsoleAction> {
        switch result {
        case .success(let receipt):
            wizard.submission = .succeeded(taskIds: receipt.taskIds, traceId: receipt.traceId.map(TextSanitizer.singleLine))
            let key = wizard.draftKey(profile: state.profile)
            let delete = dependencies.restore.deleteDraft
            var effects: [Effect<ConsoleAction>] = [
                .run(id: "restore-draft-save") { send in
                    do { try await delete(key) } catch { send(.restore(.draftStoreFailed("The draft could not be removed."))) }
                }
            ]
            let name = TextSanitizer.singleLine(wizard.form.tenantName)
            let tasks = receipt.taskIds.map(String.init).joined(separator: ", ")
            effects.append(flash("Restore of \(name) started" + (tasks.isEmpty ? "." : ": task \(tasks)."), in: &state))
            if let taskId = receipt.taskIds.first, let target = wizard.form.targetId {
                state.restore = wizard
                effects.append(reduceTaskView(&state, action: .open(clusterId: target, taskId: taskId)))
            }
            return .merge(effects)
        case .failure(let error) where error.kind == .outcomeUnknown:
            wizard.submission = .outcomeUnknown(error)
            return rereadRestores(wizard)
        case .failure(let error):
            wizard.submission = .failed(error)
            guard let field = RestoreIssueMap.field(for: error) else {
                wizard.refusal = ["OCP refused the restore: \(error.summary)"]
                return .none
            }
            let effect = enterRestore(field.step, in: &wizard, state: state)
            focus(field, in: &wizard, message: "OCP refused the restore: \(error.summary)")
            return effect
        }
    }

    /// Reads the source's restore tasks of the last seven days and looks for the one sent: the
    /// new tenant's name into the target.
    private func rereadRestores(_ wizard: RestoreWizardState) -> Effect<ConsoleAction> {
        let restore = dependencies.restore
        let operations = dependencies.operations
        let range = OCPTimeRange.lastSevenDays(before: dependencies.now())
        let (source, target, name) = (wizard.source.id, wizard.form.targetId, wizard.form.tenantName)
        return .task(id: "restore-reread") {
            switch await restore.restoreTasks(source, range) {
            case .failure(let error):
                return .restore(.reread(.failure(ErrorInfo(error))))
            case .success(let rows):
                guard let row = rows.first(where: { $0.restoreTenantName == name && ($0.restoreClusterId == nil || $0.restoreClusterId == target) })
                else { return .restore(.reread(.success(nil))) }
                let instance = try? await operations.restoreInstance(source, row).get()
                let status = TextSanitizer.singleLine(row.status?.rawValue ?? "of unknown status")
                return .restore(.reread(.success(RestoreTaskFinding(recordId: row.id, status: status, taskId: instance?.id))))
            }
        }
    }
}

extension ConsoleFeature {
    /// The task view of a restore that was sent closed: the target's tenants are read again, so
    /// the new tenant shows under the target cluster.
    func restoreTaskClosed(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard var wizard = state.restore, case .succeeded = wizard.submission else { return .none }
        let effect = readTarget(&wizard, again: true)
        state.restore = wizard
        return effect
    }
}
