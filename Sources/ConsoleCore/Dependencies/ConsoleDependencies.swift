import Foundation
import OCPAPI

/// Everything the console needs from outside, as closures: OCP, the clock, the local time zone,
/// waiting, the draft store and strategy files. `.live(client:…)` wires the real ones; tests pass fakes.
public struct ConsoleDependencies: Sendable {
    /// Loads every cluster, calling `onPage` with each page as it arrives; returns the total.
    public var listClusters: @Sendable (_ onPage: @escaping @Sendable ([ClusterSummary]) async -> Void) async -> Result<Int, OCPAPIError>
    /// The backup ability of a cluster.
    public var ability: @Sendable (_ clusterId: Int64) async -> Result<BackupAbility, OCPAPIError>
    /// The cluster's strategy, `nil` when it has none.
    public var strategy: @Sendable (_ clusterId: Int64) async -> Result<BackupStrategy?, OCPAPIError>
    /// Creates a strategy (POST; never resent).
    public var create: @Sendable (_ clusterId: Int64, BackupStrategyRequest) async -> Result<MutationReceipt, OCPAPIError>
    /// Replaces a strategy (PATCH; never resent).
    public var modify: @Sendable (_ clusterId: Int64, BackupStrategyRequest) async -> Result<MutationReceipt, OCPAPIError>
    /// Deletes a strategy (DELETE; never resent).
    public var delete: @Sendable (_ clusterId: Int64) async -> Result<MutationReceipt, OCPAPIError>
    /// The current time.
    public var now: @Sendable () -> Date
    /// The local UTC offset in seconds at a moment (east positive).
    public var timeZoneOffset: @Sendable (Date) -> Int
    /// Waits (for flash expiry); returns early when the task is cancelled.
    public var sleep: @Sendable (Duration) async -> Void
    /// Drafts of the wizard.
    public var drafts: DraftStoreClient
    /// Strategy files the wizard's review exports to.
    public var strategyFiles: StrategyFileClient

    /// Makes a dependency set.
    public init(
        listClusters: @escaping @Sendable (_ onPage: @escaping @Sendable ([ClusterSummary]) async -> Void) async -> Result<Int, OCPAPIError>,
        ability: @escaping @Sendable (Int64) async -> Result<BackupAbility, OCPAPIError>,
        strategy: @escaping @Sendable (Int64) async -> Result<BackupStrategy?, OCPAPIError>,
        create: @escaping @Sendable (Int64, BackupStrategyRequest) async -> Result<MutationReceipt, OCPAPIError>,
        modify: @escaping @Sendable (Int64, BackupStrategyRequest) async -> Result<MutationReceipt, OCPAPIError>,
        delete: @escaping @Sendable (Int64) async -> Result<MutationReceipt, OCPAPIError>,
        now: @escaping @Sendable () -> Date, timeZoneOffset: @escaping @Sendable (Date) -> Int,
        sleep: @escaping @Sendable (Duration) async -> Void, drafts: DraftStoreClient, strategyFiles: StrategyFileClient = .unavailable
    ) {
        self.listClusters = listClusters
        self.ability = ability
        self.strategy = strategy
        self.create = create
        self.modify = modify
        self.delete = delete
        self.now = now
        self.timeZoneOffset = timeZoneOffset
        self.sleep = sleep
        self.drafts = drafts
        self.strategyFiles = strategyFiles
    }
}
