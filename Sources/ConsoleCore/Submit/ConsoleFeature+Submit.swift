import Localization
import OCPAPI

extension ConsoleFeature {
    /// Confirming, sending once, and the three endings: success, OCP's refusal (back to the
    /// step it concerns), and an unknown outcome (re-read the strategy before any retry).
    func reduceSubmit(_ state: inout ConsoleState, action: WizardAction) -> Effect<ConsoleAction> {
        guard var wizard = state.wizard else { return .none }
        defer { state.wizard = wizard }
        switch action {
        case .submit:
            guard wizard.step == .review, wizard.submission.allowsSubmit else { return .none }
            if state.readOnly {
                return flash(Bilingual("The console is read-only; nothing can be submitted.", "控制台为只读模式；无法提交。"), tone: .error, in: &state)
            }
            if case .reread(_, current: .present) = wizard.submission, !wizard.isModify {
                return flash(
                    Bilingual(
                        "The strategy exists now: the create was applied. Close the wizard and edit it if needed.", "备份策略现已存在：创建已生效。如有需要，请关闭向导后编辑。"),
                    tone: .error, in: &state)
            }
            let result = WizardValidation.check(.review, of: wizard, now: nowSeconds)
            wizard.refusal = result.reasons
            guard result.reasons.isEmpty else { return .none }
            if wizard.isModify, wizard.review?.changes.isEmpty == true {
                wizard.refusal = [Self.unchangedReason.text(in: wizard.language)]
                return .none
            }
            guard wizard.review?.mutation != nil else {
                wizard.refusal = [
                    wizard.language.pick(
                        "The request could not be prepared, so there is nothing to send; go back a step and check the fields.",
                        "无法准备请求，因此没有可发送的内容；请返回上一步检查字段。")
                ]
                return .none
            }
            wizard.submission = .confirming
            return .none
        case .cancelSubmit:
            if wizard.submission == .confirming { wizard.submission = .idle }
            return .none
        case .confirmSubmit:
            guard wizard.submission == .confirming, !state.readOnly, let mutation = wizard.review?.mutation else { return .none }
            wizard.submission = .inFlight
            let mutate = dependencies.mutate
            return .task(id: "submit") {
                .wizard(.submitFinished(await mutate(mutation).mapError(ErrorInfo.init)))
            }
        case .submitFinished(let result):
            guard wizard.submission == .inFlight else { return .none }
            return finishSubmit(&wizard, result: result, state: &state)
        case .rereadStrategy:
            guard case .rereadFailed(let original, _) = wizard.submission else { return .none }
            wizard.submission = .outcomeUnknown(original)
            return reread(wizard.clusterId)
        case .strategyReread(let result):
            guard case .outcomeUnknown(let original) = wizard.submission else { return .none }
            switch result {
            case .success(let snapshot):
                wizard.submission = .reread(original, current: snapshot)
                state.strategies[wizard.clusterId, default: Loadable()].finish(.success(snapshot), at: dependencies.now())
            case .failure(let failure):
                wizard.submission = .rereadFailed(original, reread: failure)
            }
            return .none
        default:
            return .none
        }
    }

    private func finishSubmit(
        _ wizard: inout WizardState, result: Result<MutationReceipt, ErrorInfo>, state: inout ConsoleState
    ) -> Effect<ConsoleAction> {
        switch result {
        case .success(let receipt):
            let outcome = SubmitResult(receipt)
            wizard.submission = .succeeded(outcome)
            let ids = outcome.taskIds.map(String.init).joined(separator: ", ")
            let done =
                wizard.isModify
                ? Bilingual("Strategy changed.", "备份策略已修改。") : Bilingual("Strategy created.", "备份策略已创建。")
            let text = Bilingual(
                done.english + (outcome.taskIds.isEmpty ? "" : " Tasks: \(ids)."), done.chinese + (outcome.taskIds.isEmpty ? "" : "任务：\(ids)。"))
            let removeFailed = wizard.language.pick("The draft could not be removed.", "无法删除草稿。")
            state.wizard = wizard
            let key = wizard.draftKey(profile: state.profile)
            let delete = dependencies.drafts.delete
            return .merge([
                flash(text, in: &state),
                loadStrategy(wizard.clusterId, in: &state),
                .run(id: "draft-save") { send in
                    do { try await delete(key) } catch { send(.wizard(.draftStoreFailed(removeFailed))) }
                },
            ])
        case .failure(let error) where error.kind == .outcomeUnknown:
            wizard.submission = .outcomeUnknown(error)
            return reread(wizard.clusterId)
        case .failure(let error):
            wizard.submission = .failed(error)
            if let field = IssueFieldMap.field(for: error) {
                enter(field.step, in: &wizard)
                wizard.focusIndex = wizard.fields(of: field.step).firstIndex(of: field) ?? 0
                wizard.fieldErrors[field] = error.summary
            }
            return .none
        }
    }

    /// Why an unchanged modify is not sent (OCP would answer BAK21016).
    static let unchangedReason = Bilingual(
        "Nothing differs from the current strategy; change a field first (OCP would answer BAK21016).", "与当前备份策略没有任何不同；请先修改一个字段（否则 OCP 会返回 BAK21016）。"
    )

    private func reread(_ id: Int64) -> Effect<ConsoleAction> {
        let strategy = dependencies.strategy
        return .task(id: "reread") {
            .wizard(.strategyReread(await strategy(id).map(StrategySnapshot.init).mapError(ErrorInfo.init)))
        }
    }
}
