import ConsoleCore
import Localization

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
    var title: Bilingual {
        switch self {
        case .palette: Bilingual("Command palette", "命令面板")
        case .help: Bilingual("Help", "帮助")
        case .confirmQuit: Bilingual("Quit confirmation", "退出确认")
        case .confirmDelete: Bilingual("Delete confirmation", "删除确认")
        case .operationDialog: Bilingual("Operation", "操作")
        case .taskView: Bilingual("Task view", "任务视图")
        case .draftOffer: Bilingual("Saved draft", "已保存的草稿")
        case .submitConfirm: Bilingual("Submit confirmation", "提交确认")
        case .review: Bilingual("Review", "审阅")
        case .wizardText: Bilingual("Text field", "文本字段")
        case .wizardChoice: Bilingual("Choice field", "选项字段")
        case .wizardGrid: Bilingual("Schedule grid", "备份调度表")
        case .wizardFields: Bilingual("Fields and steps", "字段与步骤")
        case .wizard: Bilingual("Wizard", "向导")
        case .restoreDraftOffer: Bilingual("Saved restore draft", "已保存的恢复草稿")
        case .restoreOutcome: Bilingual("Restore sent", "恢复已发送")
        case .restoreConfirm: Bilingual("Restore confirmation", "恢复确认")
        case .restoreTime: Bilingual("Point in time", "恢复时间点")
        case .restoreList: Bilingual("Restore list", "恢复列表")
        case .restoreText: Bilingual("Restore text field", "恢复文本字段")
        case .restoreChoice: Bilingual("Restore choice field", "恢复选项字段")
        case .restoreReview: Bilingual("Restore review", "恢复审阅")
        case .restoreFields: Bilingual("Restore fields and steps", "恢复字段与步骤")
        case .restore: Bilingual("Restore wizard", "恢复向导")
        case .filter: Bilingual("Filter", "筛选")
        case .list: Bilingual("Cluster list", "集群列表")
        case .tasksTab: Bilingual("Tasks tab", "任务标签页")
        case .detail: Bilingual("Detail pane", "详情窗格")
        case .panes: Bilingual("Panes", "窗格")
        case .always: Bilingual("Everywhere", "任何位置")
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
