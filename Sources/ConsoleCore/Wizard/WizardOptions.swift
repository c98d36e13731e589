import OCPAPI

/// Which options the cluster's ability and version rule out, each with the reason.
public struct WizardOptions: Equatable, Sendable {
    /// The cluster.
    public var cluster: Cluster
    /// Its backup ability, when known.
    public var ability: BackupAbility?

    /// Makes the options of a cluster.
    public init(cluster: Cluster, ability: BackupAbility?) {
        self.cluster = cluster
        self.ability = ability
    }

    /// The context `StrategyValidator` needs.
    public var context: StrategyContext { StrategyContext(cluster: cluster, ability: ability) }

    /// Whether a strategy in `mode` can be made.
    public func mode(_ mode: BackupMode) -> Availability {
        if let kind = ability?.backupAbility, !kind.allows(mode) {
            return .disabled("The cluster's backup ability is \(kind.rawValue).")
        }
        if mode == .physical, let version = cluster.version, version < .physicalBackupMinimum {
            return .disabled("Physical backup needs OceanBase 2.2.60 or later; this is \(version).")
        }
        if mode == .logical, cluster.type == .standby {
            return .disabled("Logical backup is not supported for standby clusters.")
        }
        return .enabled
    }

    /// The mode a new strategy starts with: the one in use, else physical, else logical.
    public var defaultMode: BackupMode {
        if let inUse = ability?.backupMode, mode(inUse).isEnabled { return inUse }
        return mode(.physical).isEnabled ? .physical : .logical
    }

    /// Whether incremental days can be scheduled in `mode`.
    public func incremental(for mode: BackupMode) -> Availability {
        if mode != .physical { return .disabled("Incremental backup exists only for physical backup.") }
        if ability?.obDataBackupSupportAbility?.incrementBackupEnabled == false {
            return .disabled("The cluster does not support incremental backup.")
        }
        return .enabled
    }

    /// Whether secondary backup can be switched on.
    public var secondary: Availability {
        guard let version = cluster.version else { return .disabled("The cluster's OceanBase version is unknown.") }
        if version < .secondaryBackupMinimum {
            return .disabled("Secondary backup needs OceanBase \(OBVersion.secondaryBackupMinimum) or later; this is \(version).")
        }
        return .enabled
    }

    /// Whether expired backups can be cleaned with this storage type.
    public func cleanup(for storage: StorageType) -> Availability {
        storage == .oss || storage == .cos ? .disabled("OSS and COS do not support scheduled cleanup of expired backups.") : .enabled
    }

    /// Whether the liboblog retention applies.
    public func libObLog(for mode: BackupMode) -> Availability {
        mode == .logical ? .enabled : .disabled("liboblog retention applies to logical backup only.")
    }

    /// Whether OSS and COS storage can be used.
    public var objectStorage: Availability {
        if let version = cluster.version, version < .objectStorageMinimum {
            return .disabled("OSS and COS need OceanBase \(OBVersion.objectStorageMinimum) or later; this is \(version).")
        }
        return .enabled
    }
}
