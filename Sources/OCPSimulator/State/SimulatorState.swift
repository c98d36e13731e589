import Foundation
import OCPAPI

/// The simulator's mutable state: one strategy per cluster, what happened to the clusters acted
/// on, the restores, the id counters, and the state file they are written to after every change
/// (with the simulated clock's position).
public actor SimulatorState {
    /// The clusters.
    package nonisolated let catalog: ClusterCatalog
    /// The simulated clock.
    package nonisolated let clock: SimulatorClock
    /// When the simulated world began: scenarios are placed relative to it.
    package nonisolated let origin: Date
    let stateFile: StateFile?
    var store: SimulatorStore
    /// Counts the changes, so what is derived from the state can be cached until the next one.
    var revision = 0
    /// The alert events of the minute last asked for, at that revision.
    var alarmCache: (minute: Int64, revision: Int, events: [AlarmEvent])?

    /// Loads the state file when there is one (its strategies replace the fixtures'), or starts
    /// with the fixture strategies. The clock is the given one, or one running at `speed` from
    /// the state file's position (else `start`, else `now()`).
    /// - Throws: `StateFileError` when the file exists but cannot be used.
    package init(
        catalog: ClusterCatalog, stateFile: StateFile?, now: @escaping @Sendable () -> Date, clock: SimulatorClock? = nil, start: Date? = nil,
        speed: Double = 1
    ) throws(StateFileError) {
        self.catalog = catalog
        self.stateFile = stateFile
        let persisted = try stateFile?.load()
        let clock = clock ?? .running(at: persisted?.clock ?? start ?? now(), speed: speed, wall: now)
        self.clock = clock
        origin = persisted?.origin ?? clock.now()
        if let persisted {
            store = SimulatorStore(persisted)
        } else {
            store = SimulatorStore(strategies: catalog.fixtureSet.strategies(utcOffsetSeconds: catalog.utcOffsetSeconds))
        }
    }

    /// The stored strategy of a cluster (secrets in clear; routes show `readBack`); generated
    /// clusters have theirs made up on demand.
    public func strategy(clusterId: Int64) -> BackupStrategy? {
        catalog.seed(id: clusterId).flatMap(currentStrategy)
    }

    /// Whether a cluster has a strategy.
    public func hasStrategy(clusterId: Int64) -> Bool { strategy(clusterId: clusterId) != nil }

    /// The cluster ids whose strategy is stored (made-up strategies of generated clusters not
    /// included until changed).
    public func clusterIdsWithStrategy() -> [Int64] { store.strategies.keys.sorted() }

    /// The strategy of `seed`: stored, or made up for a generated cluster unless deleted.
    func currentStrategy(_ seed: ClusterSeed) -> BackupStrategy? {
        currentStrategy(seed, in: store)
    }

    /// The strategy of `seed` in `store`.
    func currentStrategy(_ seed: ClusterSeed, in store: SimulatorStore) -> BackupStrategy? {
        if let stored = store.strategies[seed.id] { return stored }
        guard let index = catalog.generatedIndex(of: seed), !store.removedGenerated.contains(seed.id) else { return nil }
        return ScenarioCatalog.generatedStrategy(for: seed, index: index, origin: origin, utcOffsetSeconds: catalog.utcOffsetSeconds)
    }

    /// The ledger of `seed` in `store`: stored, or the default of its scenario.
    func ledger(_ seed: ClusterSeed, in store: SimulatorStore) -> ClusterLedger {
        store.ledgers[seed.id]
            ?? ScenarioCatalog.ledger(
                strategy: currentStrategy(seed, in: store), scenario: ScenarioCatalog.scenario(of: seed, in: catalog.fixtureSet), origin: origin)
    }

    /// The world of `seed` now.
    package func world(_ seed: ClusterSeed) -> ClusterWorld { world(seed, in: store, at: clock.now()) }

    /// The world of `seed` in `store` at `now`.
    func world(_ seed: ClusterSeed, in store: SimulatorStore, at now: Date) -> ClusterWorld {
        ClusterWorld(
            seed: seed, strategy: currentStrategy(seed, in: store), ledger: ledger(seed, in: store),
            scenario: ScenarioCatalog.scenario(of: seed, in: catalog.fixtureSet), restores: store.restores, catalog: catalog, origin: origin,
            now: now)
    }

    /// The clusters fleet-wide questions visit: the fixtures, every cluster acted on or
    /// restored into, and the generated clusters whose scenario is eventful.
    package func eventfulWorlds(at instant: Date? = nil) -> [ClusterWorld] {
        let now = instant ?? clock.now()
        var ids = Set(catalog.fixtures.map(\.id))
        ids.formUnion(store.ledgers.keys)
        ids.formUnion(store.strategies.keys)
        ids.formUnion(store.restores.map(\.targetClusterId))
        let firstGenerated = DemoFixtures.firstId + Int64(catalog.fixtures.count)
        ids.formUnion(ScenarioCatalog.eventfulGeneratedIndices(count: catalog.generatedCount).map { firstGenerated + Int64($0) })
        return ids.sorted().compactMap { catalog.seed(id: $0) }.map { world($0, in: store, at: now) }
    }

    /// Every backup alert event of the fleet, evaluated at the start of the current minute (OCP
    /// checks its alarm rules every minute) and kept until the minute or the state changes.
    package func alarmEvents() -> [AlarmEvent] {
        let minute = Int64((clock.now().timeIntervalSince1970 / 60).rounded(.down))
        if let cache = alarmCache, cache.minute == minute, cache.revision == revision { return cache.events }
        let events = eventfulWorlds(at: Date(timeIntervalSince1970: Double(minute) * 60)).flatMap(AlarmRenderer.events)
        alarmCache = (minute, revision, events)
        return events
    }

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

    /// Makes `updated` the state, writing the state file first when there is one (so a failed
    /// write changes nothing).
    func commit(_ updated: SimulatorStore) throws(SimulatorAPIError) {
        if let stateFile {
            do {
                try stateFile.save(updated.persisted(clock: clock.now(), origin: origin))
            } catch {
                throw SimulatorAPIError(
                    status: .internalServerError, code: "COM10000", message: "The simulator could not save its state: \(error.problem).")
            }
        }
        store = updated
        revision += 1
    }

    /// Writes the state file with the clock's current position (when the simulator stops).
    public func saveClockPosition() {
        try? stateFile?.save(store.persisted(clock: clock.now(), origin: origin))
    }
}
