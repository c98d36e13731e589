import OCPAPI

/// Every intent and result the console understands. Key codes never appear here: the key map
/// turns keys into these.
public enum ConsoleAction: Equatable, Sendable {
    /// The console opened: load the clusters.
    case start
    /// The list pane can show this many rows.
    case viewportChanged(rows: Int)
    /// A scroll key in the detail pane or the review.
    case scroll(ScrollMove)
    /// The mouse wheel over the detail pane or the review: scrolls that area, whatever has the
    /// focus.
    case scrollArea(ScrollArea, ScrollMove)
    /// The renderer's count of a scrollable pane's lines changed (size or content).
    case scrollExtentChanged(ScrollExtent)
    /// Tab: the next pane.
    case focusNextPane
    /// Shift-Tab: the previous pane.
    case focusPreviousPane
    /// Esc: close the dialog, or leave the pane.
    case back
    /// `r`: reload the focused pane.
    case refresh
    /// `q`: quit, asking first when a draft would be lost.
    case quit
    /// `:`: open the command palette.
    case openPalette
    /// `?`: show help.
    case showHelp
    /// A character typed into the open dialog.
    case dialogTyped(Character)
    /// The dialog's last typed character removed.
    case dialogDeleteBackward
    /// Enter in the open dialog: run, confirm.
    case dialogSubmit
    /// A flash's time is up.
    case flashExpired(id: Int)
    /// An intent or result of the cluster list.
    case list(ClusterListAction)
    /// Enter on the list: show the cluster's ability and strategy.
    case openDetail
    /// An ability arrived.
    case abilityLoaded(clusterId: Int64, Result<BackupAbility, ErrorInfo>)
    /// A strategy arrived.
    case strategyLoaded(clusterId: Int64, Result<StrategySnapshot, ErrorInfo>)
    /// `n`: new strategy for the detail cluster.
    case newStrategy
    /// `e`: edit the detail cluster's strategy.
    case editStrategy
    /// `d`: delete the detail cluster's strategy (typed confirmation).
    case deleteStrategy
    /// The delete ended.
    case deleteFinished(clusterId: Int64, Result<MutationReceipt, ErrorInfo>)
    /// An intent or result of the wizard.
    case wizard(WizardAction)
    /// An intent or result of the restore wizard.
    case restore(RestoreAction)
    /// An intent or result of the task view.
    case task(TaskViewAction)
    /// An intent or result of back up now, pause and resume, retry.
    case operation(OperationAction)
    /// An intent of the detail pane's tabs.
    case detail(DetailAction)
    /// An intent or result of the Tasks and Recoverable tabs.
    case history(BackupHistoryAction)
    /// A result of the fleet health scan.
    case health(HealthAction)
}
