import Foundation
import Localization
import OCPAPI

/// The console's reducer: routes each action to its concern (`ConsoleFeature+….swift`).
public struct ConsoleFeature: Reducer {
    /// The outside world.
    public let dependencies: ConsoleDependencies

    /// Makes the feature.
    public init(dependencies: ConsoleDependencies) {
        self.dependencies = dependencies
    }

    /// Applies `action`; when it brought the detail an input of the health rules, the cluster's
    /// health is judged again from everything the detail has read.
    public func reduce(into state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        let effect = route(&state, action: action)
        if let id = action.healthInputClusterId { judgeFromDetail(id, in: &state) }
        return effect
    }

    private func route(_ state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        switch action {
        case .start:
            return .merge([loadClusters(&state), startHealthScan(&state)])
        case .viewportChanged(let rows):
            state.list.setViewport(rows: rows)
            return .none
        case .scroll, .scrollArea, .scrollExtentChanged:
            return reduceScroll(&state, action: action)
        case .focusNextPane, .focusPreviousPane, .back, .refresh, .quit, .openPalette, .showHelp, .dialogTyped, .dialogDeleteBackward,
            .dialogSubmit, .flashExpired:
            return reduceShell(&state, action: action)
        case .list(let listAction):
            return reduceList(&state, action: listAction)
        case .openDetail, .abilityLoaded, .strategyLoaded:
            return reduceDetail(&state, action: action)
        case .newStrategy, .editStrategy, .deleteStrategy, .deleteFinished:
            return reduceStrategyCommand(&state, action: action)
        case .wizard(let wizardAction):
            return reduceWizard(&state, action: wizardAction)
        case .restore(let restoreAction):
            return reduceRestore(&state, action: restoreAction)
        case .task(let taskAction):
            return reduceTaskView(&state, action: taskAction)
        case .operation(let operationAction):
            return reduceOperation(&state, action: operationAction)
        case .history(let historyAction):
            return reduceBackupHistory(&state, action: historyAction)
        case .detail(let detailAction):
            return reduceDetailTabs(&state, action: detailAction)
        case .health(let healthAction):
            return reduceHealth(&state, action: healthAction)
        }
    }

    /// Shows a flash in the state's language and schedules its expiry.
    func flash(_ text: Bilingual, tone: Flash.Tone = .info, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        flash(text.text(in: state.language), tone: tone, in: &state)
    }

    /// Shows a flash and schedules its expiry.
    func flash(_ text: String, tone: Flash.Tone = .info, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        let id = state.nextFlashId
        state.nextFlashId += 1
        state.flash = Flash(
            id: id, text: text, tone: tone, expiresAt: dependencies.now().addingTimeInterval(TimeInterval(Flash.lifetime.components.seconds)))
        let sleep = dependencies.sleep
        return .task(id: "flash") {
            await sleep(Flash.lifetime)
            return .flashExpired(id: id)
        }
    }
}
