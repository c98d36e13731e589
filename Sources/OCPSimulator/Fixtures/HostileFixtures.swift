import Foundation
import OCPAPI

/// The hostile fleet (`ocpbackup sim --fixtures hostile`): one cluster per ``HostileCorpus``
/// string, with hostile versions, statuses and types on some rows, hostile ability texts, a
/// hostile error (message, code and trace id) from every fifth cluster's ability, and hostile
/// storage fields in the strategies of every other cluster (some with a hostile schedule mode or
/// backup kind too).
package enum HostileFixtures {
    /// One seed per corpus string; every fourth version, status and type is hostile too.
    package static let seeds: [ClusterSeed] = HostileCorpus.strings.indices.map { index in
        ClusterSeed(
            id: DemoFixtures.firstId + Int64(index), name: HostileCorpus.string(index),
            obVersion: index % 4 == 1 ? HostileCorpus.string(index + 5) : "4.2.1.0",
            status: index % 4 == 3 ? ClusterStatus(rawValue: HostileCorpus.string(index + 7)) : .running,
            type: index % 4 == 2 ? ClusterType(rawValue: HostileCorpus.string(index + 9)) : .primary, hasFullBackup: true)
    }

    /// The position of `seed` in the hostile fleet.
    static func ordinal(_ seed: ClusterSeed) -> Int { Int(seed.id - DemoFixtures.firstId) }

    /// The ability of `seed` with every free text replaced by a corpus string.
    package static func ability(for seed: ClusterSeed) -> BackupAbility {
        let index = ordinal(seed)
        var ability = AbilityFactory.ability(for: seed)
        ability.obDataBackupSupportAbility?.hint = HostileCorpus.string(index + 1)
        ability.obBackupCondition?.agentMetaDbSchema = HostileCorpus.string(index + 2)
        ability.obRestoreConditionCheckResult?.hint = HostileCorpus.string(index + 3)
        ability.obRestoreConditionCheckResult?.serviceNameList = [HostileCorpus.string(index + 4), HostileCorpus.string(index + 5)]
        ability.obRestoreConditionCheckResult?.backupTaskType = HostileCorpus.string(index + 6)
        ability.obRestoreConditionCheckResult?.agentMetaDbSchema = HostileCorpus.string(index + 7)
        return ability
    }

    /// The error every fifth cluster's ability answers with: hostile code, message and trace id.
    package static func abilityFailure(for seed: ClusterSeed) -> SimulatorAPIError? {
        let index = ordinal(seed)
        guard index % 5 == 4 else { return nil }
        var error = SimulatorAPIError(
            status: .internalServerError, code: HostileCorpus.string(index + 2), message: HostileCorpus.string(index + 1))
        error.traceId = HostileCorpus.string(index + 3)
        return error
    }

    /// OSS and COS strategies with hostile names, URLs, endpoints and key ids on every other
    /// cluster; stored form.
    package static func strategies(utcOffsetSeconds: Int) -> [BackupStrategy] {
        let created = OCPTimestamp(date: ClusterBuilder.epoch.addingTimeInterval(40 * 86_400), offsetSeconds: utcOffsetSeconds)
        return seeds.enumerated().compactMap { index, seed in
            guard index % 2 == 0 else { return nil }
            let key = ObjectStorageKey(
                endpoint: HostileCorpus.string(index + 1), accessKeyId: HostileCorpus.string(index + 2),
                accessKeySecret: Secret("hostile-secret-\(index)"), appId: index % 4 == 0 ? nil : HostileCorpus.string(index + 3))
            let base =
                index % 4 == 0
                ? StorageBaseInfo(backupStorageType: .oss, storageUrl: HostileCorpus.string(index + 4), ossAccessKey: key)
                : StorageBaseInfo(backupStorageType: .cos, storageUrl: HostileCorpus.string(index + 4), cosAccessKey: key)
            let storage = StorageConfig(
                configName: HostileCorpus.string(index + 5), obBackupStorageBaseInfo: base, alarmStoragePercentageThreshold: 80,
                storageId: 2_000_001 + Int64(index))
            let schedule = BackupScheduleConfig(
                backupScheduleMode: index % 16 == 8 ? ScheduleMode(rawValue: HostileCorpus.string(index + 6)) : .week,
                backupScheduleEnabled: true, backupScheduleTime: "02:00:00.000+08:00",
                dayAndDataBackupModelMap: [
                    "1": .full, "3": index % 16 == 0 ? DataBackupKind(rawValue: HostileCorpus.string(index + 7)) : .incremental,
                ],
                startLogBackup: true,
                cleanEnabled: false)
            let request = BackupStrategyRequest(
                backupMode: .physical, obBackupScheduleConfig: schedule,
                obBackupThresholdConfig: BackupThresholdConfig(
                    dataBackupTimeoutMinutes: 120, noSuccessfulDataBackupAlarmDays: 2, logBackupDelaySeconds: 300),
                obBackupServiceStorageConfig: storage, secondaryBackupEnabled: false)
            return SimulatorState.stored(request, id: 11 + Int64(index), seed: seed, created: created, updated: created)
        }
    }
}
