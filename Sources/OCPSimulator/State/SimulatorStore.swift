import Foundation
import OCPAPI

/// The simulator's mutable data as one value, so a change is made on a copy, written to the
/// state file, and only then made current.
struct SimulatorStore: Sendable {
    /// The strategies changed or made through the API, and the fixtures'.
    var strategies: [Int64: BackupStrategy]
    /// Generated clusters whose made-up strategy was deleted.
    var removedGenerated: Set<Int64> = []
    /// What happened to each cluster acted on.
    var ledgers: [Int64: ClusterLedger] = [:]
    /// The restores started.
    var restores: [RestoreRecord] = []
    /// The next strategy id.
    var nextStrategyId: Int64 = 101
    /// The next storage configuration id.
    var nextStorageId: Int64 = 2_000_101
    /// The next task id.
    var nextTaskId: Int64 = 3_000_101
    /// The next restore record id.
    var nextRestoreId: Int64 = 1

    /// A fresh store with these strategies.
    init(strategies: [BackupStrategy]) {
        self.strategies = Dictionary(uniqueKeysWithValues: strategies.compactMap { strategy in strategy.clusterId.map { ($0, strategy) } })
    }

    /// The store a state file holds.
    init(_ persisted: PersistedState) {
        self.init(strategies: persisted.strategies)
        nextStrategyId = persisted.nextStrategyId
        nextStorageId = persisted.nextStorageId
        nextTaskId = persisted.nextTaskId
        nextRestoreId = persisted.nextRestoreId ?? 1
        removedGenerated = Set(persisted.removedGeneratedStrategies ?? [])
        ledgers = Dictionary(uniqueKeysWithValues: (persisted.ledgers ?? [:]).compactMap { key, value in Int64(key).map { ($0, value) } })
        restores = persisted.restores ?? []
    }

    /// What the state file holds.
    func persisted(clock: Date, origin: Date) -> PersistedState {
        var state = PersistedState(
            nextStrategyId: nextStrategyId, nextStorageId: nextStorageId, nextTaskId: nextTaskId,
            strategies: strategies.keys.sorted().compactMap { strategies[$0] })
        state.clock = clock
        state.origin = origin
        state.nextRestoreId = nextRestoreId
        state.removedGeneratedStrategies = removedGenerated.sorted()
        state.ledgers = Dictionary(uniqueKeysWithValues: ledgers.map { (String($0.key), $0.value) })
        state.restores = restores
        return state
    }

    /// A new id from a counter.
    mutating func take(_ counter: WritableKeyPath<SimulatorStore, Int64>) -> Int64 {
        defer { self[keyPath: counter] += 1 }
        return self[keyPath: counter]
    }
}
