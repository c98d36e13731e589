import Localization
import OCPAPI

extension ConsoleFeature {
    /// Focus, dialogs, the palette, quitting and the flash line.
    func reduceShell(_ state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        switch action {
        case .focusNextPane, .focusPreviousPane:
            var panes: [Focus] = [.list]
            if state.detailClusterId != nil { panes.append(.detail) }
            if state.wizard != nil { panes.append(.wizard) }
            if state.restore != nil { panes.append(.restore) }
            let index = panes.firstIndex(of: state.focus) ?? 0
            let step = action == .focusNextPane ? 1 : panes.count - 1
            state.focus = panes[(index + step) % panes.count]
            return .none
        case .back:
            return back(&state)
        case .refresh:
            return refresh(&state)
        case .quit:
            if state.quitWouldLoseDraft {
                state.dialog = .confirmQuit
            } else {
                state.shouldQuit = true
            }
            return .none
        case .openPalette:
            state.dialog = .palette("")
            return .none
        case .showHelp:
            state.dialog = .help
            return .none
        case .dialogTyped(let character):
            switch state.dialog {
            case .palette(let text)?: state.dialog = .palette(text + String(character))
            case .confirmDelete(let id, let typed)?: state.dialog = .confirmDelete(clusterId: id, typed: typed + String(character))
            default: break
            }
            return .none
        case .dialogDeleteBackward:
            switch state.dialog {
            case .palette(let text)?: state.dialog = .palette(String(text.dropLast()))
            case .confirmDelete(let id, let typed)?: state.dialog = .confirmDelete(clusterId: id, typed: String(typed.dropLast()))
            default: break
            }
            return .none
        case .dialogSubmit:
            return submitDialog(&state)
        case .flashExpired(let id):
            if state.flash?.id == id { state.flash = nil }
            return .none
        default:
            return .none
        }
    }

    private func back(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        if case .operation? = state.dialog { return reduceOperation(&state, action: .cancel) }
        if state.dialog != nil {
            state.dialog = nil
            return .none
        }
        switch state.focus {
        case .list:
            if state.list.isEditingFilter { state.list.isEditingFilter = false }
            return .none
        case .detail:
            state.focus = .list
            return .none
        case .wizard:
            if state.wizard?.submission == .confirming { return reduceWizard(&state, action: .cancelSubmit) }
            return reduceWizard(&state, action: .close)
        case .restore:
            return reduceRestore(&state, action: .close)
        }
    }

    private func refresh(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        switch state.focus {
        case .list:
            return .merge([loadClusters(&state), startHealthScan(&state)])
        case .detail:
            guard let id = state.detailClusterId else { return .none }
            return loadTab(state.detailTab, of: id, in: &state, again: true)
        case .wizard:
            return .none
        case .restore:
            return refreshRestore(&state)
        }
    }

    private func submitDialog(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        switch state.dialog {
        case .palette(let text)?:
            state.dialog = nil
            guard let (command, argument) = PaletteCommand.parseLine(text) else {
                let typed = TextSanitizer.singleLine(text)
                let names = PaletteCommand.allCases.map(\.rawValue).joined(separator: ", ")
                return flash(Bilingual("No command '\(typed)'. Try: \(names).", "没有命令“\(typed)”。可用：\(names)。"), tone: .error, in: &state)
            }
            return run(command, argument: argument, in: &state)
        case .confirmQuit?:
            state.dialog = nil
            state.shouldQuit = true
            return .none
        case .confirmDelete(let id, let typed)?:
            guard let row = state.list.row(id: id), typed == row.name else {
                return flash(Bilingual("Type the cluster name exactly to delete its strategy.", "请准确输入集群名称以删除其备份策略。"), tone: .error, in: &state)
            }
            state.dialog = nil
            return startDelete(id, in: &state)
        case .help?:
            state.dialog = nil
            return .none
        case .operation?:
            return reduceOperation(&state, action: .proceed)
        case nil:
            return .none
        }
    }

    private func run(_ command: PaletteCommand, argument: String, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        switch command {
        case .clusters:
            state.focus = .list
            return .none
        case .refresh: return reduce(into: &state, action: .refresh)
        case .new: return reduce(into: &state, action: .newStrategy)
        case .edit: return reduce(into: &state, action: .editStrategy)
        case .delete: return reduce(into: &state, action: .deleteStrategy)
        case .export:
            guard state.wizard != nil else {
                return flash(
                    Bilingual(
                        "Export works on the wizard's review step: open the wizard (n or e) first.", "导出只能在向导的审阅步骤使用：请先打开向导（n 或 e）。"), tone: .error,
                    in: &state)
            }
            return reduce(into: &state, action: .wizard(.export(path: argument.isEmpty ? nil : argument)))
        case .problems: return reduce(into: &state, action: .list(.showProblems))
        case .help: return reduce(into: &state, action: .showHelp)
        case .quit: return reduce(into: &state, action: .quit)
        }
    }
}
