import Foundation
import OCPAPI

/// Everything the console needs from outside, as closures: OCP, the clock, the local time zone,
/// waiting, the draft store, the backup-operations reads, the health scan's reads, strategy files and the restore wizard's reads. `.live(client:…)` wires the real ones; tests pass fakes.
public struct ConsoleDependencies: Sendable {
    /// Loads every cluster, calling `onPage` with each page as it arrives; returns the total.
    public var listClusters: @Sendable (_ onPage: @escaping @Sendable ([ClusterSummary]) async -> Void) async -> Result<Int, OCPAPIError>
    /// The backup ability of a cluster.
    public var ability: @Sendable (_ clusterId: Int64) async -> Result<BackupAbility, OCPAPIError>
    /// The cluster's strategy, `nil` when it has none.
    public var strategy: @Sendable (_ clusterId: Int64) async -> Result<BackupStrategy?, OCPAPIError>
    /// Sends a prepared change (create, modify or delete a strategy) exactly as prepared; never
    /// resent. The audit wraps this one closure.
    public var mutate: @Sendable (PreparedMutation) async -> Result<MutationReceipt, OCPAPIError>
    /// The current time.
    public var now: @Sendable () -> Date
    /// The local UTC offset in seconds at a moment (east positive).
    public var timeZoneOffset: @Sendable (Date) -> Int
    /// Waits (for flash expiry); returns early when the task is cancelled.
    public var sleep: @Sendable (Duration) async -> Void
    /// Drafts of the wizard.
    public var drafts: DraftStoreClient
    /// The backup-operations reads: task instances and logs, overview, task lists.
    public var operations: BackupOperationsClient
    /// The fleet health scan's reads: the fleet's alerts and each cluster's rule inputs.
    public var health: HealthReadClient
    /// Strategy files the wizard's review exports to.
    public var strategyFiles: StrategyFileClient
    /// The restore wizard's reads, export file and drafts.
    public var restore: RestoreClient

    /// Makes a dependency set.
    public init(
        listClusters: @escaping @Sendable (_ onPage: @escaping @Sendable ([ClusterSummary]) async -> Void) async -> Result<Int, OCPAPIError>,
        ability: @escaping @Sendable (Int64) async -> Result<BackupAbility, OCPAPIError>,
        strategy: @escaping @Sendable (Int64) async -> Result<BackupStrategy?, OCPAPIError>,
        mutate: @escaping @Sendable (PreparedMutation) async -> Result<MutationReceipt, OCPAPIError>,
        now: @escaping @Sendable () -> Date, timeZoneOffset: @escaping @Sendable (Date) -> Int,
        sleep: @escaping @Sendable (Duration) async -> Void, drafts: DraftStoreClient, operations: BackupOperationsClient,
        health: HealthReadClient, strategyFiles: StrategyFileClient = .unavailable, restore: RestoreClient
    ) {
        self.listClusters = listClusters
        self.ability = ability
        self.strategy = strategy
        self.mutate = mutate
        self.now = now
        self.timeZoneOffset = timeZoneOffset
        self.sleep = sleep
        self.drafts = drafts
        self.operations = operations
        self.health = health
        self.strategyFiles = strategyFiles
        self.restore = restore
    }
}
