import Foundation
import OCPAPI

/// The simulator's mutable state: one strategy per cluster, the id counters, and the state
/// file they are written to after every change.
public actor SimulatorState {
    /// The clusters.
    package nonisolated let catalog: ClusterCatalog
    let stateFile: StateFile?
    let now: @Sendable () -> Date
    var strategies: [Int64: BackupStrategy]
    var nextStrategyId: Int64
    var nextStorageId: Int64
    var nextTaskId: Int64

    /// Loads the state file when there is one (its strategies replace the fixtures'), or starts
    /// with the fixture strategies.
    /// - Throws: `StateFileError` when the file exists but cannot be used.
    package init(catalog: ClusterCatalog, stateFile: StateFile?, now: @escaping @Sendable () -> Date) throws(StateFileError) {
        self.catalog = catalog
        self.stateFile = stateFile
        self.now = now
        if let persisted = try stateFile?.load() {
            strategies = Dictionary(uniqueKeysWithValues: persisted.strategies.compactMap { strategy in strategy.clusterId.map { ($0, strategy) } })
            nextStrategyId = persisted.nextStrategyId
            nextStorageId = persisted.nextStorageId
            nextTaskId = persisted.nextTaskId
        } else {
            let fixtures = catalog.fixtureSet.strategies(utcOffsetSeconds: catalog.utcOffsetSeconds)
            strategies = Dictionary(uniqueKeysWithValues: fixtures.compactMap { strategy in strategy.clusterId.map { ($0, strategy) } })
            nextStrategyId = 101
            nextStorageId = 2_000_101
            nextTaskId = 3_000_101
        }
    }

    /// The stored strategy of a cluster (secrets in clear; routes show `readBack`).
    public func strategy(clusterId: Int64) -> BackupStrategy? { strategies[clusterId] }

    /// Whether a cluster has a strategy.
    public func hasStrategy(clusterId: Int64) -> Bool { strategies[clusterId] != nil }

    /// The cluster ids that have a strategy.
    public func clusterIdsWithStrategy() -> [Int64] { strategies.keys.sorted() }

    /// The stored form of a new or changed strategy.
    static func stored(
        _ request: BackupStrategyRequest, id: Int64, seed: ClusterSeed, created: OCPTimestamp, updated: OCPTimestamp
    ) -> BackupStrategy {
        var strategy = BackupStrategy(id: id, clusterId: seed.id, clusterName: seed.name, backupMode: request.backupMode)
        strategy.createTime = created
        strategy.updateTime = updated
        strategy.obClusterId = Int64(seed.id - DemoFixtures.firstId + 1)
        strategy.backupDimension = .cluster
        strategy.type = "BACKUP"
        strategy.obBackupScheduleConfig = request.obBackupScheduleConfig
        strategy.obBackupThresholdConfig = request.obBackupThresholdConfig
        strategy.secondaryBackupEnabled = request.secondaryBackupEnabled ?? false
        strategy.obSecondaryBackupConfig = request.obSecondaryBackupConfig
        var storage = request.obBackupServiceStorageConfig
        if request.backupMode == .logical {
            storage?.serviceType = .backupRestoreService
            storage?.serviceName = "obbackup-service-hz1"
        } else {
            storage?.serviceType = .obCluster
            storage?.serviceId = seed.id
            storage?.serviceName = seed.name
        }
        strategy.obBackupServiceStorageConfig = storage
        strategy.serviceConfigName = storage?.configName
        return strategy
    }

    /// Stores `strategies` (writing the state file first when there is one).
    func commit(_ updated: [Int64: BackupStrategy]) throws(SimulatorAPIError) {
        if let stateFile {
            let persisted = PersistedState(
                nextStrategyId: nextStrategyId, nextStorageId: nextStorageId, nextTaskId: nextTaskId,
                strategies: updated.keys.sorted().compactMap { updated[$0] })
            do {
                try stateFile.save(persisted)
            } catch {
                throw SimulatorAPIError(
                    status: .internalServerError, code: "COM10000", message: "The simulator could not save its state: \(error.problem).")
            }
        }
        strategies = updated
    }

    /// A new id from a counter.
    func take(_ counter: inout Int64) -> Int64 {
        defer { counter += 1 }
        return counter
    }
}
