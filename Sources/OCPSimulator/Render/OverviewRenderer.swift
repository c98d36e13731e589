import Foundation
import OCPAPI

/// The backup overview of a simulated cluster.
enum OverviewRenderer {
    /// The overview of `world`, with `ability` as the ability call gives it.
    static func overview(_ world: ClusterWorld, ability: BackupAbility) -> BackupOverview {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let seed = world.seed
        var overview = BackupOverview(
            clusterId: seed.id, clusterName: seed.name, obClusterType: seed.type, obClusterStatus: seed.status,
            obClusterBackupStatus: world.strategy == nil ? .noStrategy : .hasStrategy, backupScheduleStatus: world.scheduleStatus)
        overview.obClusterId = Int64(world.ordinal + 1)
        overview.compactionStatus = "IDLE"
        overview.primaryAndStandbyMode = seed.linkedClusterId != nil
        overview.obVersion = seed.obVersion
        overview.obBackupAbility = ability
        overview.backupDimension = .cluster
        if let last = world.history.lastSuccess(at: world.now) { overview.lastDataBackupTime = time.javaDate(last.timeline.end) }
        if world.strategy != nil, let checkpoint = world.log.latestCheckpoint(now: world.now), let delay = world.log.currentDelay(now: world.now) {
            overview.latestLogBackupCheckpoint = time.javaDate(checkpoint)
            overview.logBackupDelaySeconds = delay.rounded(.down)
        }
        let sizes = world.history.runs.filter { $0.timeline.succeeded(at: world.now) }.map(\.sizeGB)
        if world.strategy != nil, !sizes.isEmpty {
            overview.backupSize = (sizes.reduce(0, +) * 100).rounded() / 100
            overview.obStorageVolumeUnit = .gigabytes
        }
        return overview
    }

    /// `ability` as it stands now: incremental backups need a full one, a restore needs a backup.
    static func ability(_ ability: BackupAbility, world: ClusterWorld) -> BackupAbility {
        var ability = ability
        let hasFull = world.hasFullBackup
        if ability.obDataBackupSupportAbility?.incrementBackupEnabled == true {
            ability.obDataBackupSupportAbility?.canDoIncrementalBackup = hasFull
        }
        ability.obRestoreConditionCheckResult?.beReady = hasFull
        if world.fixtureSet != .hostile {
            ability.obRestoreConditionCheckResult?.hint =
                hasFull ? "The cluster has a usable backup." : "No backup has completed yet; nothing can be restored."
        }
        return ability
    }
}
