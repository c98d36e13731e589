import OCPAPI

/// The few facts a simulated cluster is built from; `ClusterBuilder` fills in the rest.
public struct ClusterSeed: Sendable, Hashable {
    /// OCP cluster id.
    public var id: Int64
    /// Name.
    public var name: String
    /// OceanBase version.
    public var obVersion: String
    /// Status.
    public var status: ClusterStatus
    /// PRIMARY or STANDBY.
    public var type: ClusterType
    /// The ability, when it is not the one the version implies (one 3.x cluster does both).
    public var abilityOverride: BackupAbilityKind?
    /// Whether a full backup exists (so incremental backups can run).
    public var hasFullBackup: Bool
    /// The id of the primary (standbys) or of the standby (primaries), if any.
    public var linkedClusterId: Int64?

    /// Makes a seed.
    public init(
        id: Int64, name: String, obVersion: String, status: ClusterStatus = .running, type: ClusterType = .primary,
        abilityOverride: BackupAbilityKind? = nil, hasFullBackup: Bool = false, linkedClusterId: Int64? = nil
    ) {
        self.id = id
        self.name = name
        self.obVersion = obVersion
        self.status = status
        self.type = type
        self.abilityOverride = abilityOverride
        self.hasFullBackup = hasFullBackup
        self.linkedClusterId = linkedClusterId
    }
}
