/// The service a storage configuration belongs to.
public struct StorageServiceType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The Backup & Recovery service (logical backup).
    public static let backupRestoreService = Self(rawValue: "BACKUP_RESTORE_SERVICE")
    /// The cluster itself (physical backup).
    public static let obCluster = Self(rawValue: "OB_CLUSTER")
    /// Anything else.
    public static let others = Self(rawValue: "OTHERS")

    /// The documented values.
    public static let documented: [Self] = [.backupRestoreService, .obCluster, .others]
}
