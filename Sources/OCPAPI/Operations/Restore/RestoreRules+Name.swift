import Foundation

extension RestoreRules {
    /// Why `name` cannot name the new tenant in `target`: missing, not a tenant name, taken by a
    /// tenant of `targetTenants` (BAK42005), or being created by an unfinished restore of
    /// `restoreTasks` into `target` (BAK42004). `nil` when it can.
    public static func nameRefusal(_ name: String?, target: Cluster, targetTenants: [Tenant], restoreTasks: [RestoreTask]) -> RestoreRefusal? {
        guard let name, !name.isEmpty else { return .nameMissing }
        guard isTenantName(name) else { return .nameInvalid(name) }
        let label = "\(target.name) (\(target.id))"
        if targetTenants.contains(where: { $0.name == name }) { return .nameTaken(name, cluster: label) }
        let creating = restoreTasks.first { task in
            let into = task.restoreClusterId.map { $0 == target.id } ?? (task.restoreClusterName == target.name)
            return into && task.restoreTenantName == name && [.running, .unknown].contains(task.statusClass)
        }
        if let creating { return .nameBeingRestored(name, cluster: label, restoreId: creating.id) }
        return nil
    }

    /// Whether `name` can name a tenant: an ASCII letter, then up to 63 ASCII letters, digits or
    /// underscores.
    public static func isTenantName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 64, first.isASCII, first.properties.isAlphabetic else { return false }
        return scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
