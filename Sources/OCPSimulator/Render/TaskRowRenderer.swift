import Foundation
import OCPAPI

/// The data, log and restore task rows of a simulated cluster, newest first.
enum TaskRowRenderer {
    /// The data backup rows of `world` (cluster dimension: `tenantId` 0, as OceanBase 2.x writes).
    static func dataRows(_ world: ClusterWorld) -> [DataBackupTask] {
        let time = TimeText(offset: world.utcOffsetSeconds)
        var rows: [DataBackupTask] = []
        for run in world.history.runs {
            let status = status(of: run, at: world.now)
            var row = DataBackupTask(
                taskId: run.backupSetId, backupSetId: run.backupSetId, dataBackupTaskType: run.kind, clusterId: world.seed.id,
                startTime: time.javaDate(run.start), finishTime: run.timeline.finish(at: world.now).map(time.javaDate), status: status,
                errorMsg: status == .failed ? run.timeline.failure?.message ?? "" : "")
            row.backupMode = run.mode
            row.clusterName = world.seed.name
            row.obClusterId = Int64(world.ordinal + 1)
            row.clusterType = world.seed.type
            row.tenantId = 0
            row.dataVersion = world.version.map { $0 >= OBVersion(4) } == true ? -1 : Int64(run.backupSetId % 1000)
            row.schemaVersion = 1_700_000_000 + run.backupSetId
            row.backupUri = world.storageURI
            row.dataSecondaryBackupTaskIds = world.strategy?.secondaryBackupEnabled == true && status == .done ? [run.taskId + 1] : []
            rows.append(row)
        }
        return rows.reversed()
    }

    /// The row status of `run` at `now`: BEGINNING in its first step, INITIALIZING while it
    /// prepares, DOING while it copies, then DONE or FAILED.
    static func status(of run: DataBackupRun, at now: Date) -> DataBackupTaskStatus {
        switch run.timeline.status(at: now) {
        case .successful: return .done
        case .failed: return .failed
        default:
            let step = run.timeline.currentStep(at: now) ?? 0
            let name = run.timeline.plan[step].name
            if step == 0 { return .beginning }
            return name == TaskPlans.compaction || name == "Start data backup" ? .initializing : .doing
        }
    }

    /// The log backup rows of `world`: one per archive round.
    static func logRows(_ world: ClusterWorld) -> [LogBackupTask] {
        guard world.strategy != nil || !world.log.segments.isEmpty else { return [] }
        let time = TimeText(offset: world.utcOffsetSeconds)
        let logical = world.strategy?.backupMode == .logical
        let current = world.log.current
        return world.log.segments.map { segment in
            let checkpoint = world.log.checkpoint(of: segment, now: world.now)
            // The round in progress (or the last one, interrupted or stopped) lags more every
            // second; an older round keeps the delay it ended with.
            let delay =
                segment == current
                ? (segment.ending == .open ? world.log.delay(at: world.now) : world.now.timeIntervalSince(checkpoint))
                : world.log.delay(at: segment.end ?? world.now)
            var row = LogBackupTask(
                clusterId: world.seed.id, createTime: time.javaDate(segment.start), status: LogArchive.status(of: segment),
                checkpoint: time.javaDate(checkpoint), delay: (delay * 10_000).rounded() / 10_000)
            row.modifyTime = time.javaDate(segment.end ?? world.now)
            row.clusterName = world.seed.name
            row.obClusterId = Int64(world.ordinal + 1)
            row.clusterType = world.seed.type
            row.tenantId = 0
            row.backupUri = world.storageURI
            row.backupMode = logical ? .logical : .physical
            row.errorMsg = segment.ending == .interrupted ? interruptionMessage(world) : ""
            if logical { row.agentServerIp = "10.0.\(world.ordinal % 250 + 1).21" }
            return row
        }.reversed()
    }

    /// Why an archive round was interrupted.
    static func interruptionMessage(_ world: ClusterWorld) -> String {
        world.fixtureSet == .hostile
            ? HostileCorpus.string(world.ordinal + 3)
            : "OB_LOG_ARCHIVE_INTERRUPTED(-9015): log archive interrupted, the archive destination could not be written"
    }

    /// The restore rows of `world`: restores read from it and restores into it.
    static func restoreRows(_ world: ClusterWorld, catalog: ClusterCatalog) -> [RestoreTask] {
        let time = TimeText(offset: world.utcOffsetSeconds)
        var seen = Set<Int64>()
        let runs = (world.restoresFrom + world.restoresInto).filter { seen.insert($0.record.id).inserted }.sorted {
            $0.record.start < $1.record.start
        }
        return runs.map { run in
            let record = run.record
            let finished = run.timeline.succeeded(at: world.now)
            var row = RestoreTask(
                id: record.id, restoreTenantName: record.tenantName,
                status: TaskPlans.restorePhase(step: finished ? nil : run.timeline.currentStep(at: world.now) ?? 0, version: run.targetVersion),
                finished: finished, successful: finished ? true : nil)
            row.ocpJobId = -1
            row.backupMode = record.mode
            row.createTime = time.javaDate(record.start)
            row.finishTime = run.timeline.finish(at: world.now).map(time.javaDate)
            row.backupClusterId = record.sourceClusterId
            row.backupClusterName = catalog.seed(id: record.sourceClusterId)?.name
            row.backupObClusterId = record.sourceClusterId - DemoFixtures.firstId + 1
            row.backupTenantId = record.sourceTenantId
            row.backupTenantName = record.sourceTenantName
            row.backupObTenantId = record.sourceObTenantId
            row.restoreClusterId = record.targetClusterId
            row.restoreClusterName = catalog.seed(id: record.targetClusterId)?.name
            row.restoreObClusterId = record.targetClusterId - DemoFixtures.firstId + 1
            row.restorePoolListStr = record.zones.compactMap(\.name).map { "pool_\(record.tenantName)_\($0)" }.joined(separator: ",")
            row.restoreUri = record.storageUri
            row.restoreEndTime = OCPTimestamp(raw: record.pointInTimeText)
            row.statusDesc = finished ? "Completed" : "In progress"
            row.errorMsg = ""
            row.triggerType = "NORMAL"
            row.restoreObjectType = "TENANT"
            return row
        }.reversed()
    }
}
