import OCPAPI

/// The few facts a simulated cluster is built from; `ClusterBuilder` fills in the rest.
package struct ClusterSeed: Sendable, Hashable {
    /// OCP cluster id.
    package var id: Int64
    /// Name.
    package var name: String
    /// OceanBase version.
    package var obVersion: String
    /// Status.
    package var status: ClusterStatus
    /// PRIMARY or STANDBY.
    package var type: ClusterType
    /// The ability, when it is not the one the version implies (one 3.x cluster does both).
    package var abilityOverride: BackupAbilityKind?
    /// Whether a full backup exists (so incremental backups can run).
    package var hasFullBackup: Bool
    /// The id of the primary (standbys) or of the standby (primaries), if any.
    package var linkedClusterId: Int64?

    /// Makes a seed.
    package init(
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
