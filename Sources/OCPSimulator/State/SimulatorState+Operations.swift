import Foundation
import OCPAPI

/// Back up now, pause, resume and retry, with OCP's rules and codes.
extension SimulatorState {
    /// Starts a data backup of `seed`'s cluster now.
    /// - Throws: BAK40002 for a standby, BAK31001 for a cluster that is not running, BAK10002 for a
    ///   missing or bad kind, mode or storage (BAK29018–BAK29021 for empty storage fields),
    ///   BAK21008 for a mode the cluster cannot do, BAK31005 while a data backup runs.
    package func backupNow(_ request: BackupNowRequest, for seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        guard seed.type != .standby else { throw .standbyBackup }
        guard seed.status == .running || seed.status == .operating else {
            throw .backupCannotStart("the cluster is \(TextSanitizer.singleLine(seed.status.rawValue)).")
        }
        guard let kind = request.dataBackupMode, kind.isDocumented else {
            throw .invalidField("backupNow", "dataBackupMode", "give FULL_BACKUP or INCREMENTAL_BACKUP.")
        }
        let ability = catalog.ability(for: seed)
        let strategy = currentStrategy(seed)
        let mode = request.backupMode ?? strategy?.backupMode ?? ability.backupMode ?? .physical
        let supported: Bool =
            switch ability.backupAbility {
            case .logical?: mode == .logical
            case .physical?: mode == .physical
            default: mode.isDocumented
            }
        guard supported else { throw .modeNotSupported(mode.rawValue) }
        if mode == .logical, kind == .incremental {
            throw .invalidField("backupNow", "dataBackupMode", "logical backup performs full backups only.")
        }
        try Self.checkStorage(request.obBackupServiceStorageConfig)
        let now = clock.now()
        let world = world(seed, in: store, at: now)
        if let running = world.history.running(at: now) { throw .backupRunning(clusterId: seed.id, taskId: running.taskId) }
        var draft = store
        var ledger = world.ledger
        let taskId = draft.take(\.nextTaskId)
        ledger.manualBackups.append(
            ManualBackup(taskId: taskId, backupSetId: 500_000 + Int64(ledger.manualBackups.count), kind: kind, mode: mode, start: now))
        draft.ledgers[seed.id] = ledger
        try commit(draft)
        return Self.response(.dataBackupNow, clusterId: seed.id, taskIds: [taskId])
    }

    /// Pauses (`pause`) or resumes the automatic data backups of `seed`'s cluster; a no-op when
    /// scheduling is already so. Log archiving goes on either way.
    /// - Throws: 404 BAK21006 when the cluster has no strategy.
    package func setScheduling(paused pause: Bool, for seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        guard let strategy = currentStrategy(seed) else { throw .noStrategy(clusterId: seed.id) }
        var draft = store
        var ledger = ledger(seed, in: draft)
        let now = clock.now()
        if pause { ledger.paused(at: now) } else { ledger.resumed(strategy, at: now) }
        draft.ledgers[seed.id] = ledger
        try commit(draft)
        return Self.response(pause ? .stopSchedule : .startSchedule, clusterId: seed.id, taskIds: nil)
    }

    /// The task with `id` and the world of the cluster it runs on.
    package func task(id: Int64) -> (world: ClusterWorld, task: SimulatedTask)? {
        let now = clock.now()
        var candidates: [Int64] = []
        if let ordinal = TaskIdentifiers.ordinal(ofScheduled: id), ordinal < catalog.count { candidates.append(catalog.seed(at: ordinal).id) }
        candidates += store.ledgers.filter { $0.value.manualBackups.contains { $0.taskId == id } }.map(\.key)
        candidates += store.restores.filter { $0.taskId == id }.map(\.targetClusterId)
        for clusterId in candidates {
            guard let seed = catalog.seed(id: clusterId) else { continue }
            let world = world(seed, in: store, at: now)
            if let task = world.task(id: id) { return (world, task) }
        }
        return nil
    }

    /// Retries the failed task `id`: its failed step and the ones after it run again now.
    /// - Throws: 404 TSK10001 for an unknown task, 400 TSK10007 when it has not failed, 409
    ///   BAK31005 while another data backup of the cluster runs.
    package func retry(taskId id: Int64) throws(SimulatorAPIError) -> (world: ClusterWorld, task: SimulatedTask) {
        guard let found = task(id: id) else { throw .taskNotFound(String(id)) }
        let now = found.world.now
        let status = found.task.timeline.status(at: now)
        guard status == .failed, case .backup = found.task else { throw .taskStateForbids(id, status: status.rawValue) }
        if let running = found.world.history.running(at: now), running.taskId != id {
            throw .backupRunning(clusterId: found.world.seed.id, taskId: running.taskId)
        }
        var draft = store
        var ledger = found.world.ledger
        ledger.retries.append(RetryRecord(taskId: id, at: now))
        draft.ledgers[found.world.seed.id] = ledger
        try commit(draft)
        let world = world(found.world.seed, in: draft, at: now)
        guard let task = world.task(id: id) else { throw .taskNotFound(String(id)) }
        return (world, task)
    }

    /// Checks the storage of a back up now: present, with a directory and, for object storage,
    /// an endpoint and a key (a masked secret means the stored one).
    static func checkStorage(_ storage: StorageConfig?) throws(SimulatorAPIError) {
        let field = "obBackupServiceStorageConfig"
        guard let base = storage?.obBackupStorageBaseInfo else {
            throw .invalidField("backupNow", field, "give the storage to write to (the strategy's, read back).")
        }
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        if blank(base.storageUrl) { throw .storage("BAK29018", "\(field).obBackupStorageBaseInfo.storageUrl", "The storage directory is empty.") }
        guard base.backupStorageType == .oss || base.backupStorageType == .cos else { return }
        let key = base.backupStorageType == .oss ? base.ossAccessKey : base.cosAccessKey
        if blank(key?.endpoint) { throw .storage("BAK29019", "\(field).obBackupStorageBaseInfo.endpoint", "The storage endpoint is empty.") }
        if blank(key?.accessKeyId) { throw .storage("BAK29020", "\(field).obBackupStorageBaseInfo.accessKeyId", "The access key id is empty.") }
        if key?.accessKeySecret?.reveal().isEmpty ?? true {
            throw .storage("BAK29021", "\(field).obBackupStorageBaseInfo.accessKeySecret", "The access key secret is empty.")
        }
    }
}
