import Foundation
import OCPAPI

/// Everything about one simulated cluster's backups at one instant, derived from its seed, its
/// strategy, its ledger and the restores that concern it. Cheap to build (a few dozen tasks),
/// built per request, never stored: a fleet of 100,000 costs nothing until a cluster is read.
package struct ClusterWorld: Sendable {
    /// The cluster.
    package let seed: ClusterSeed
    /// Its position in id order.
    package let ordinal: Int
    /// Its strategy (stored form), if any.
    package let strategy: BackupStrategy?
    /// What happened to it.
    package let ledger: ClusterLedger
    /// The part it plays.
    package let scenario: ClusterScenario
    /// The instant described.
    package let now: Date
    /// Its data backups.
    package let history: BackupHistory
    /// Its log archiving.
    package let log: LogArchive
    /// Its tenants, restored ones included once their restore finished.
    package let tenants: [SimTenant]
    /// Restores read from this cluster, with their steps.
    package let restoresFrom: [RestoreRun]
    /// Restores into this cluster, with their steps.
    package let restoresInto: [RestoreRun]
    /// The UTC offset times are written in.
    package let utcOffsetSeconds: Int
    /// The fleet it belongs to.
    package let fixtureSet: FixtureSet
    /// When the simulated world began.
    package let origin: Date

    /// Derives the cluster's world at `now`.
    package init(
        seed: ClusterSeed, strategy: BackupStrategy?, ledger: ClusterLedger, scenario: ClusterScenario, restores: [RestoreRecord],
        catalog: ClusterCatalog, origin: Date, now: Date
    ) {
        self.seed = seed
        self.origin = origin
        ordinal = Int(seed.id - DemoFixtures.firstId)
        self.strategy = strategy
        self.ledger = ledger
        self.scenario = scenario
        self.now = now
        utcOffsetSeconds = catalog.utcOffsetSeconds
        fixtureSet = catalog.fixtureSet
        history = BackupHistory(seed: seed, ordinal: ordinal, ledger: ledger, scenario: scenario, now: now)
        log = LogArchive(ledger: ledger, ordinal: ordinal, scenario: scenario, now: now)
        let started = restores.filter { $0.start <= now }
        restoresFrom = started.filter { $0.sourceClusterId == seed.id }.map { RestoreRun($0, catalog: catalog) }
        let into = started.filter { $0.targetClusterId == seed.id }.map { RestoreRun($0, catalog: catalog) }
        restoresInto = into
        let restored = into.filter { $0.timeline.succeeded(at: now) }.enumerated().map { index, run in
            SimTenant(
                id: run.record.newTenantId, name: run.record.tenantName, obTenantId: 1100 + Int64(index), mode: "MYSQL",
                zones: run.record.zones.compactMap(\.name),
                primaryZone: run.record.primaryZone ?? run.record.zones.compactMap(\.name).joined(separator: ","),
                unitSpec: run.record.zones.first?.resourcePool?.unitSpecName ?? "S1", unitCount: run.record.zones.first?.resourcePool?.unitCount ?? 1,
                created: run.timeline.end)
        }
        tenants = TenantFactory.tenants(of: seed, hostile: catalog.fixtureSet == .hostile) + restored
    }

    /// The scheduling state the overview shows.
    package var scheduleStatus: BackupScheduleStatus {
        guard strategy != nil else { return .none }
        if ledger.pausedSince != nil { return .paused }
        if ledger.abnormalSince != nil { return .abnormal }
        return .normal
    }

    /// Whether a full backup exists now (so an incremental can run).
    package var hasFullBackup: Bool { history.hadFullBackup(at: now) }

    /// The tenants that are backed up (all but `sys`).
    package var backedUpTenants: [SimTenant] { tenants.filter { !$0.isSystem } }

    /// Where the strategy writes, with protocol (`file:///obbackup/core/`), or a default.
    package var storageURI: String {
        let base = strategy?.obBackupServiceStorageConfig?.obBackupStorageBaseInfo
        let url = base?.storageUrl ?? "/obbackup/"
        return (StrategyNormalizer.scheme(for: base?.backupStorageType) ?? "file://") + url
    }

    /// The OceanBase version, parsed.
    package var version: OBVersion? { OBVersion(seed.obVersion) }

    /// The task with this id, a backup or a restore, if this cluster runs it.
    package func task(id: Int64) -> SimulatedTask? {
        if let run = history.run(taskId: id) { return .backup(run) }
        if let run = (restoresFrom + restoresInto).first(where: { $0.record.taskId == id }) { return .restore(run) }
        return nil
    }

    /// Every task of this cluster: its backups and the restores into it, oldest first.
    package var tasks: [SimulatedTask] {
        (history.runs.map(SimulatedTask.backup) + restoresInto.map(SimulatedTask.restore)).sorted { $0.start < $1.start }
    }
}

/// A restore with its steps over time.
package struct RestoreRun: Sendable, Hashable {
    /// What was asked for.
    package let record: RestoreRecord
    /// The steps over time.
    package let timeline: StepTimeline
    /// The target cluster's version (decides the phase names).
    package let targetVersion: OBVersion?

    /// The run of `record`.
    package init(_ record: RestoreRecord, catalog: ClusterCatalog) {
        self.record = record
        let sourceOrdinal = Int(record.sourceClusterId - DemoFixtures.firstId)
        let plan = TaskPlans.restore(sizeGB: 10 + Double(sourceOrdinal * 37 % 180) / 4)
        timeline = StepTimeline(plan: plan, runs: [StepRun(start: record.start, operation: .execute, failure: nil)])
        targetVersion = catalog.seed(id: record.targetClusterId).flatMap { OBVersion($0.obVersion) }
    }
}

/// A task of the simulated OCP: a data backup or a restore.
package enum SimulatedTask: Sendable, Hashable {
    /// A data backup.
    case backup(DataBackupRun)
    /// A restore.
    case restore(RestoreRun)

    /// The OCP task id.
    package var id: Int64 {
        switch self {
        case .backup(let run): run.taskId
        case .restore(let run): run.record.taskId
        }
    }

    /// The steps over time.
    package var timeline: StepTimeline {
        switch self {
        case .backup(let run): run.timeline
        case .restore(let run): run.timeline
        }
    }

    /// When it started.
    package var start: Date { timeline.start }
}
