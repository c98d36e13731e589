import ConsoleCore

/// Where a binding applies. A state has a few active contexts, most specific first; the first
/// binding of the first context that matches a key wins.
enum KeyContext: String, Sendable, CaseIterable {
    /// The `:` palette.
    case palette
    /// The help overlay.
    case help
    /// The quit confirmation.
    case confirmQuit
    /// The delete confirmation with the typed name.
    case confirmDelete
    /// Back up now, pause or resume, retry: the choice, the confirmation, the outcome.
    case operationDialog
    /// The task view.
    case taskView
    /// The wizard offers a saved draft.
    case draftOffer
    /// The wizard asks to confirm the submission.
    case submitConfirm
    /// The wizard's review step and its result.
    case review
    /// A wizard text field.
    case wizardText
    /// A wizard choice field.
    case wizardChoice
    /// The schedule grid.
    case wizardGrid
    /// Moving between fields and steps.
    case wizardFields
    /// The wizard, whatever field or step.
    case wizard
    /// The restore wizard offers a saved draft.
    case restoreDraftOffer
    /// The restore sent: its outcome (open the task, read the restore tasks again).
    case restoreOutcome
    /// The restore's confirmation: the typed name, then send.
    case restoreConfirm
    /// A refused point in time: take the nearest recoverable times.
    case restoreTime
    /// A restore list field (the source tenant, the target cluster).
    case restoreList
    /// A restore text field.
    case restoreText
    /// A restore choice field.
    case restoreChoice
    /// The restore's preview and review.
    case restoreReview
    /// Moving between the restore's fields and steps.
    case restoreFields
    /// The restore wizard, whatever the step.
    case restore
    /// Typing the list filter.
    case filter
    /// The cluster list.
    case list
    /// The detail pane on its Tasks tab.
    case tasksTab
    /// The detail pane.
    case detail
    /// The panes (list and detail), not while typing.
    case panes
    /// Everywhere.
    case always

    /// The title of the context's help section.
    var title: String {
        switch self {
        case .palette: "Command palette"
        case .help: "Help"
        case .confirmQuit: "Quit confirmation"
        case .confirmDelete: "Delete confirmation"
        case .operationDialog: "Operation"
        case .taskView: "Task view"
        case .draftOffer: "Saved draft"
        case .submitConfirm: "Submit confirmation"
        case .review: "Review"
        case .wizardText: "Text field"
        case .wizardChoice: "Choice field"
        case .wizardGrid: "Schedule grid"
        case .wizardFields: "Fields and steps"
        case .wizard: "Wizard"
        case .restoreDraftOffer: "Saved restore draft"
        case .restoreOutcome: "Restore sent"
        case .restoreConfirm: "Restore confirmation"
        case .restoreTime: "Point in time"
        case .restoreList: "Restore list"
        case .restoreText: "Restore text field"
        case .restoreChoice: "Restore choice field"
        case .restoreReview: "Restore review"
        case .restoreFields: "Restore fields and steps"
        case .restore: "Restore wizard"
        case .filter: "Filter"
        case .list: "Cluster list"
        case .tasksTab: "Tasks tab"
        case .detail: "Detail pane"
        case .panes: "Panes"
        case .always: "Everywhere"
        }
    }

    /// The contexts active in `state`, most specific first.
    static func active(in state: ConsoleState) -> [KeyContext] {
        switch state.dialog {
        case .palette?: return [.palette, .always]
        case .help?: return [.help, .always]
        case .confirmQuit?: return [.confirmQuit, .always]
        case .confirmDelete?: return [.confirmDelete, .always]
        case .operation?: return [.operationDialog, .always]
        case nil: break
        }
        if state.taskView != nil { return [.taskView, .always] }
        if state.focus == .wizard, let wizard = state.wizard {
            return wizardContexts(wizard)
        }
        if state.focus == .restore, let restore = state.restore {
            return restoreContexts(restore)
        }
        if state.focus == .detail, state.detailClusterId != nil {
            return state.detailTab == .tasks ? [.tasksTab, .detail, .panes, .always] : [.detail, .panes, .always]
        }
        return state.list.isEditingFilter ? [.filter, .always] : [.list, .panes, .always]
    }

    private static func restoreContexts(_ wizard: RestoreWizardState) -> [KeyContext] {
        if wizard.draftOffer != nil { return [.restoreDraftOffer, .always] }
        if wizard.step == .confirm {
            return wizard.submission.allowsSend ? [.restoreConfirm, .restoreText, .restore, .always] : [.restoreOutcome, .restore, .always]
        }
        if wizard.step.scrolls { return [.restoreReview, .restoreFields, .restore, .always] }
        let base: [KeyContext] = [.restoreFields, .restore, .always]
        let time: [KeyContext] = wizard.nearest != nil ? [.restoreTime] : []
        switch wizard.focusedField {
        case let field? where field.isList: return [.restoreList] + base
        case let field? where field.isChoice: return [.restoreChoice] + base
        case .some: return time + [.restoreText] + base
        case nil: return time + base
        }
    }

    private static func wizardContexts(_ wizard: WizardState) -> [KeyContext] {
        if wizard.draftOffer != nil { return [.draftOffer, .always] }
        if wizard.submission == .confirming { return [.submitConfirm, .always] }
        if wizard.step == .review { return [.review, .wizard, .always] }
        switch wizard.focusedField {
        case .scheduleGrid?: return [.wizardGrid, .wizardChoice, .wizardFields, .wizard, .always]
        case let field? where field.isChoice: return [.wizardChoice, .wizardFields, .wizard, .always]
        case .some: return [.wizardText, .wizardFields, .wizard, .always]
        case nil: return [.wizardFields, .wizard, .always]
        }
    }
}
