import Foundation
import OCPAPI

/// Create, modify and delete, with OCP's rules and codes; each change is also recorded in the
/// cluster's ledger (the schedule in force, the archive running), so history stays as it was.
extension SimulatorState {
    /// Creates the strategy of `seed`'s cluster.
    /// - Throws: 409 BAK21001 when it has one; 400 with the validator's first code otherwise.
    package func create(_ request: BackupStrategyRequest, for seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        guard currentStrategy(seed) == nil else { throw .strategyExists(clusterId: seed.id) }
        let normalized = StrategyNormalizer.incoming(request, stored: nil)
        try Self.check(normalized, seed: seed, catalog: catalog)
        var draft = store
        var withIds = normalized
        withIds.obBackupServiceStorageConfig?.storageId = draft.take(\.nextStorageId)
        if withIds.obSecondaryBackupConfig?.storageConfig != nil {
            withIds.obSecondaryBackupConfig?.storageConfig?.storageId = draft.take(\.nextStorageId)
        }
        let now = clock.now()
        let stamp = OCPTimestamp(date: now, offsetSeconds: catalog.utcOffsetSeconds)
        let taskId = draft.take(\.nextTaskId)
        let strategy = Self.stored(withIds, id: draft.take(\.nextStrategyId), seed: seed, created: stamp, updated: stamp)
        var ledger = ledger(seed, in: draft)
        ledger.strategyCreated(strategy, at: now)
        draft.strategies[seed.id] = strategy
        draft.ledgers[seed.id] = ledger
        try commit(draft)
        return Self.response(.createStrategy, clusterId: seed.id, taskIds: [taskId])
    }

    /// Replaces the strategy of `seed`'s cluster (PATCH with the full body, as documented).
    /// - Throws: 404 BAK21006 when there is none; 400 BAK21016 when nothing changes; 400 with the
    ///   validator's first code otherwise.
    package func modify(_ request: BackupStrategyRequest, for seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        guard let current = currentStrategy(seed) else { throw .noStrategy(clusterId: seed.id) }
        let normalized = StrategyNormalizer.incoming(request, stored: current)
        try Self.check(normalized, seed: seed, catalog: catalog)
        guard StrategyNormalizer.comparable(normalized) != StrategyNormalizer.comparable(current.asRequest) else {
            throw .strategyUnchanged
        }
        var draft = store
        var withIds = normalized
        withIds.obBackupServiceStorageConfig?.storageId = current.obBackupServiceStorageConfig?.storageId ?? draft.take(\.nextStorageId)
        if withIds.obSecondaryBackupConfig?.storageConfig != nil {
            withIds.obSecondaryBackupConfig?.storageConfig?.storageId =
                current.obSecondaryBackupConfig?.storageConfig?.storageId ?? draft.take(\.nextStorageId)
        }
        let now = clock.now()
        let stamp = OCPTimestamp(date: now, offsetSeconds: catalog.utcOffsetSeconds)
        let strategy = Self.stored(
            withIds, id: current.id ?? draft.take(\.nextStrategyId), seed: seed, created: current.createTime ?? stamp, updated: stamp)
        var ledger = ledger(seed, in: draft)
        ledger.strategyModified(strategy, at: now)
        draft.strategies[seed.id] = strategy
        draft.ledgers[seed.id] = ledger
        try commit(draft)
        return Self.response(.updateStrategy, clusterId: seed.id, taskIds: [])
    }

    /// Deletes the strategy of `seed`'s cluster.
    /// - Throws: 404 BAK21006 when there is none.
    package func delete(for seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        guard currentStrategy(seed) != nil else { throw .noStrategy(clusterId: seed.id) }
        var draft = store
        var ledger = ledger(seed, in: draft)
        ledger.strategyDeleted(at: clock.now())
        draft.ledgers[seed.id] = ledger
        draft.strategies[seed.id] = nil
        if catalog.generatedIndex(of: seed) != nil { draft.removedGenerated.insert(seed.id) }
        try commit(draft)
        return Self.response(.deleteStrategy, clusterId: seed.id, taskIds: nil)
    }

    /// Throws 400 with every error the validator finds for this cluster.
    static func check(_ request: BackupStrategyRequest, seed: ClusterSeed, catalog: ClusterCatalog) throws(SimulatorAPIError) {
        let context = StrategyContext(cluster: catalog.cluster(seed), ability: catalog.ability(for: seed))
        let errors = StrategyValidator.errors(request, context: context)
        guard errors.isEmpty else { throw .validation(errors) }
    }

    /// A `BackupCommonResponse` for one cluster.
    static func response(_ type: BackupTaskType, clusterId: Int64, taskIds: [Int64]?) -> BackupCommonResponse {
        BackupCommonResponse(
            obBackupTaskType: type,
            backupObjectOpsResultList: [
                BackupObjectOpsResult(
                    obBackupObjectList: [BackupObject(clusterId: clusterId, backupDimension: .cluster)], beSuccessful: true, taskIdList: taskIds)
            ])
    }
}
