import Localization
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
            return .disabled(Bilingual("The cluster's backup ability is \(kind.rawValue).", "集群的备份能力为 \(kind.rawValue)。"))
        }
        if mode == .physical, let version = cluster.version, version < .physicalBackupMinimum {
            return .disabled(
                Bilingual("Physical backup needs OceanBase 2.2.60 or later; this is \(version).", "物理备份需要 OceanBase 2.2.60 或更高版本；当前为 \(version)。"))
        }
        if mode == .logical, cluster.type == .standby {
            return .disabled(Bilingual("Logical backup is not supported for standby clusters.", "备集群不支持逻辑备份。"))
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
        if mode != .physical { return .disabled(Bilingual("Incremental backup exists only for physical backup.", "只有物理备份才有增量备份。")) }
        if ability?.obDataBackupSupportAbility?.incrementBackupEnabled == false {
            return .disabled(Bilingual("The cluster does not support incremental backup.", "该集群不支持增量备份。"))
        }
        return .enabled
    }

    /// Whether secondary backup can be switched on.
    public var secondary: Availability {
        guard let version = cluster.version else { return .disabled(Bilingual("The cluster's OceanBase version is unknown.", "集群的 OceanBase 版本未知。")) }
        if version < .secondaryBackupMinimum {
            return .disabled(
                Bilingual(
                    "Secondary backup needs OceanBase \(OBVersion.secondaryBackupMinimum) or later; this is \(version).",
                    "二次备份需要 OceanBase \(OBVersion.secondaryBackupMinimum) 或更高版本；当前为 \(version)。"))
        }
        return .enabled
    }

    /// Whether expired backups can be cleaned with this storage type.
    public func cleanup(for storage: StorageType) -> Availability {
        storage == .oss || storage == .cos
            ? .disabled(Bilingual("OSS and COS do not support scheduled cleanup of expired backups.", "OSS 和 COS 不支持定时清理过期备份。")) : .enabled
    }

    /// Whether the liboblog retention applies.
    public func libObLog(for mode: BackupMode) -> Availability {
        mode == .logical ? .enabled : .disabled(Bilingual("liboblog retention applies to logical backup only.", "liboblog 保留天数只适用于逻辑备份。"))
    }

    /// Whether OSS and COS storage can be used.
    public var objectStorage: Availability {
        if let version = cluster.version, version < .objectStorageMinimum {
            return .disabled(
                Bilingual(
                    "OSS and COS need OceanBase \(OBVersion.objectStorageMinimum) or later; this is \(version).",
                    "OSS 和 COS 需要 OceanBase \(OBVersion.objectStorageMinimum) 或更高版本；当前为 \(version)。"))
        }
        return .enabled
    }
}
