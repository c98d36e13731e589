import OCPAPI

/// The backup ability of a simulated cluster, derived from its version (docs/ocp-api.md, Backup ability and strategy):
/// before 2.2.60 logical backup (with the backup agent), from 2.2.60 physical backup; a seed
/// may override it (one 3.x fixture does both).
package enum AbilityFactory {
    /// The hint OCP gives for physical backup.
    package static let physicalHint = "During a physical backup, you must perform a full backup before you can perform an incremental backup."
    /// The hint for logical backup.
    package static let logicalHint = "Logical backup performs full backups only; it needs the Backup & Recovery service."

    /// The ability of `seed`.
    package static func ability(for seed: ClusterSeed) -> BackupAbility {
        let version = OBVersion(seed.obVersion)
        let kind: BackupAbilityKind =
            seed.abilityOverride ?? ((version.map { $0 < .physicalBackupMinimum } ?? false) ? .logical : .physical)
        let logical = kind == .logical
        let support = DataBackupSupportAbility(
            fullBackupEnabled: true, incrementBackupEnabled: !logical, canDoIncrementalBackup: !logical && seed.hasFullBackup,
            hint: logical ? logicalHint : physicalHint)
        let needsAgent = kind != .physical
        let condition = BackupCondition(
            needAgentToBackup: needsAgent, needAgentToRestore: needsAgent, agentMetaDbSchema: needsAgent ? "obbackup_meta" : "")
        let restore = RestoreConditionCheckResult(
            backupTaskType: logical ? "LOGICAL_RESTORE" : "PHYSICAL_RESTORE", beReady: seed.hasFullBackup,
            needDependentOnAgents: .bool(needsAgent), serviceNameList: needsAgent ? ["obbackup-service-hz1"] : [],
            agentMetaDbSchema: needsAgent ? "obbackup_meta" : "", errorCodes: .array([]),
            hint: seed.hasFullBackup ? "The cluster has a usable backup." : "No backup has completed yet; nothing can be restored.")
        return BackupAbility(
            backupAbility: kind, backupMode: logical ? .logical : .physical, obDataBackupSupportAbility: support,
            obBackupCondition: condition, obRestoreConditionCheckResult: restore)
    }
}
