import Localization
import OCPAPI

/// Everything the console shows: the panes, the focus, dialogs, the flash line.
public struct ConsoleState: Equatable, Sendable {
    /// The connection profile (drafts are kept per profile).
    public var profile: String
    /// Read-only: nothing that changes OCP can be started.
    public var readOnly: Bool
    /// The language every message is drawn and worded in (`--lang`, the profile, the locale).
    public var language: Language
    /// The pane receiving intents.
    public var focus: Focus = .list
    /// A modal question, if one is open.
    public var dialog: Dialog?
    /// The flash line.
    public var flash: Flash?
    /// The id of the next flash.
    public var nextFlashId = 1
    /// The cluster list.
    public var list = ClusterListState()
    /// The cluster whose detail is shown.
    public var detailClusterId: Int64?
    /// How far the detail pane is scrolled (back to the top when another cluster or tab opens).
    public var detailScroll = ScrollPosition()
    /// The detail pane's tab (kept from cluster to cluster).
    public var detailTab: DetailTab = .overview
    /// Abilities, cached per cluster.
    public var abilities: [Int64: Loadable<BackupAbility>] = [:]
    /// Strategies, cached per cluster.
    public var strategies: [Int64: Loadable<StrategySnapshot>] = [:]
    /// The cluster whose strategy is being deleted.
    public var deleteInFlight: Int64?
    /// The wizard, when open.
    public var wizard: WizardState?
    /// The restore wizard, when open.
    public var restore: RestoreWizardState?
    /// The task view, when a task is open (it covers the panes).
    public var taskView: TaskViewState?
    /// The id of the next task view opened.
    public var nextTaskViewId = 1
    /// Backup overviews, read for the operations' confirmations and re-reads, per cluster.
    public var overviews: [Int64: Loadable<Served<BackupOverview>>] = [:]
    /// The Tasks tab's rows, per cluster.
    public var taskLists: [Int64: Loadable<TaskListSnapshot>] = [:]
    /// The Tasks tab's cursor.
    public var taskCursor = TaskListCursor()
    /// The Recoverable tab's windows, per cluster.
    public var recoverability: [Int64: Loadable<RecoverabilitySnapshot>] = [:]
    /// The fleet health scan and each cluster's health.
    public var health = FleetHealthState()
    /// The console should end.
    public var shouldQuit = false

    /// Makes the starting state.
    public init(profile: String, readOnly: Bool, language: Language = .english) {
        self.profile = profile
        self.readOnly = readOnly
        self.language = language
    }

    /// The cluster of the detail pane.
    public var detailCluster: Cluster? {
        detailClusterId.flatMap { list.row(id: $0)?.cluster }
    }

    /// Whether `command` is allowed for the detail cluster now; `nil` when no cluster is shown.
    public func availability(of command: StrategyCommand) -> Availability? {
        guard let cluster = detailCluster else { return nil }
        return StrategyActions.availability(
            of: command, cluster: cluster, ability: abilities[cluster.id]?.value, snapshot: strategies[cluster.id]?.value,
            readOnly: readOnly)
    }

    /// What the strategy commands allow for the detail cluster.
    public var strategyCommands: [StrategyCommand: Availability] {
        guard let cluster = detailCluster else { return [:] }
        return StrategyActions.availability(
            cluster: cluster, ability: abilities[cluster.id]?.value, snapshot: strategies[cluster.id]?.value, readOnly: readOnly)
    }

    /// Whether quitting now would lose work: an open wizard with changes (secrets are never
    /// saved) that has not been submitted.
    public var quitWouldLoseDraft: Bool {
        if let restore, restore.isDirty, restore.submission.allowsEditing { return true }
        guard let wizard else { return false }
        if case .succeeded = wizard.submission { return false }
        return wizard.isDirty
    }
}
