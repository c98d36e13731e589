/// What backup a cluster can do (`ObBackupAbility`; docs/ocp-api.md, Backup ability and strategy).
public struct BackupAbility: Codable, Hashable, Sendable {
    /// Supported modes.
    public var backupAbility: BackupAbilityKind?
    /// The mode in use.
    public var backupMode: BackupMode?
    /// Data backup abilities.
    public var obDataBackupSupportAbility: DataBackupSupportAbility?
    /// Backup and restore conditions.
    public var obBackupCondition: BackupCondition?
    /// Restore readiness.
    public var obRestoreConditionCheckResult: RestoreConditionCheckResult?

    /// Makes the object.
    public init(
        backupAbility: BackupAbilityKind?, backupMode: BackupMode?, obDataBackupSupportAbility: DataBackupSupportAbility? = nil,
        obBackupCondition: BackupCondition? = nil, obRestoreConditionCheckResult: RestoreConditionCheckResult? = nil
    ) {
        self.backupAbility = backupAbility
        self.backupMode = backupMode
        self.obDataBackupSupportAbility = obDataBackupSupportAbility
        self.obBackupCondition = obBackupCondition
        self.obRestoreConditionCheckResult = obRestoreConditionCheckResult
    }
}
