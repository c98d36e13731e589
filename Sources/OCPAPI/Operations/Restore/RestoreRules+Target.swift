import Foundation

extension RestoreRules {
    /// Why `target` cannot take a restore from `source`, every reason at once: a standby, not
    /// RUNNING, or an older OceanBase (compared only when both versions parse). Empty when eligible.
    public static func targetRefusals(_ target: Cluster, source: Cluster) -> [RestoreRefusal] {
        let label = "\(target.name) (\(target.id))"
        var refusals: [RestoreRefusal] = []
        if target.type == .standby { refusals.append(.targetStandby(cluster: label)) }
        if target.status != .running { refusals.append(.targetNotRunning(cluster: label, status: target.status?.rawValue)) }
        if let targetVersion = target.version, let sourceVersion = source.version, targetVersion < sourceVersion {
            refusals.append(.targetOlder(cluster: label, target: targetVersion, source: sourceVersion))
        }
        return refusals
    }
}
