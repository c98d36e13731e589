import Localization
import OCPAPI

extension ConsoleFeature {
    /// New, edit and delete strategy from the detail pane.
    func reduceStrategyCommand(_ state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        switch action {
        case .newStrategy:
            return openWizard(&state, command: .create)
        case .editStrategy:
            return openWizard(&state, command: .edit)
        case .deleteStrategy:
            guard let id = state.detailClusterId else { return .none }
            if let reason = state.strategyCommands[.delete]?.reason {
                return flash(reason, tone: .error, in: &state)
            }
            state.dialog = .confirmDelete(clusterId: id, typed: "")
            return .none
        case .deleteFinished(let id, let result):
            state.deleteInFlight = nil
            let reread = loadStrategy(id, in: &state)
            switch result {
            case .success(let receipt):
                let tasks = receipt.response.allTaskIds
                let list = tasks.map(String.init).joined(separator: ", ")
                let text = Bilingual(
                    "Strategy deleted" + (tasks.isEmpty ? "." : " (tasks \(list))."), "备份策略已删除" + (tasks.isEmpty ? "。" : "（任务 \(list)）。"))
                return .merge([flash(text, in: &state), reread])
            case .failure(let error) where error.kind == .outcomeUnknown:
                return .merge([
                    flash(
                        Bilingual(
                            "No answer to the delete: it may or may not have happened. Reading the strategy again.",
                            "删除没有收到回应：可能已删除，也可能没有。正在重新读取备份策略。"), tone: .error, in: &state), reread,
                ])
            case .failure(let error):
                return .merge([flash(error.summary, tone: .error, in: &state), reread])
            }
        default:
            return .none
        }
    }

    /// Sends the delete, once.
    func startDelete(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.deleteInFlight == nil, !state.readOnly else { return .none }
        state.deleteInFlight = id
        let mutation = PreparedMutation.deleteStrategy(clusterId: id)
        let mutate = dependencies.mutate
        return .task(id: "delete") {
            .deleteFinished(clusterId: id, await mutate(mutation).mapError(ErrorInfo.init))
        }
    }

    private func openWizard(_ state: inout ConsoleState, command: StrategyCommand) -> Effect<ConsoleAction> {
        guard let cluster = state.detailCluster else { return .none }
        if let reason = state.strategyCommands[command]?.reason {
            return flash(reason, tone: .error, in: &state)
        }
        let options = WizardOptions(cluster: cluster, ability: state.abilities[cluster.id]?.value)
        let offset = dependencies.timeZoneOffset(dependencies.now())
        let original = command == .edit ? state.strategies[cluster.id]?.value?.strategy : nil
        let form =
            original.map { StrategyForm(strategy: $0, options: options, localOffsetSeconds: offset) }
            ?? StrategyForm(backupMode: options.defaultMode, offsetSeconds: offset)
        var wizard = WizardState(options: options, original: original, form: form)
        wizard.language = state.language
        followSchedule(with: &wizard, fresh: original == nil)
        wizard.initialForm = wizard.form
        state.wizard = wizard
        state.focus = .wizard
        let key = wizard.draftKey(profile: state.profile)
        let load = dependencies.drafts.load
        let language = state.language
        return .task(id: "draft-load") {
            do {
                return .wizard(.draftLoaded(try await load(key)))
            } catch {
                return .wizard(.draftStoreFailed(language.pick("The saved draft could not be read: ", "无法读取已保存的草稿：") + error.localizedDescription))
            }
        }
    }
}
