import Foundation
import OCPAPI

/// A simulated tenant: what the tenant list shows and what a restore needs to know.
package struct SimTenant: Codable, Sendable, Hashable {
    /// OCP tenant id.
    package var id: Int64
    /// Name.
    package var name: String
    /// OceanBase tenant id.
    package var obTenantId: Int64
    /// MYSQL or ORACLE, as written (one fixture writes `Oracle`).
    package var mode: String
    /// Zone names.
    package var zones: [String]
    /// Primary zone.
    package var primaryZone: String
    /// Unit specification.
    package var unitSpec: String
    /// Units per zone.
    package var unitCount: Int
    /// Created.
    package var created: Date
    /// NORMAL, CREATING, …
    package var status: String

    /// Makes a tenant.
    package init(
        id: Int64, name: String, obTenantId: Int64, mode: String, zones: [String], primaryZone: String, unitSpec: String, unitCount: Int,
        created: Date, status: String = "NORMAL"
    ) {
        self.id = id
        self.name = name
        self.obTenantId = obTenantId
        self.mode = mode
        self.zones = zones
        self.primaryZone = primaryZone
        self.unitSpec = unitSpec
        self.unitCount = unitCount
        self.created = created
        self.status = status
    }

    /// Whether this is the system tenant (never backed up on its own).
    package var isSystem: Bool { name == "sys" }

    /// As the tenant list shows it.
    package func listed(in seed: ClusterSeed, ordinal: Int, utcOffsetSeconds: Int) -> Tenant {
        var tenant = Tenant(id: id, name: name, clusterId: seed.id, mode: TenantMode(rawValue: mode), status: TenantStatus(rawValue: status))
        tenant.clusterName = seed.name
        tenant.obClusterId = Int64(ordinal + 1)
        tenant.clusterType = seed.type
        tenant.createTime = OCPTimestamp(date: created, offsetSeconds: utcOffsetSeconds, style: .trimmed)
        tenant.primaryZone = primaryZone
        tenant.zoneList = zones.joined(separator: ";")
        tenant.locality = zones.map { "FULL{1}@\($0)" }.joined(separator: ", ")
        tenant.locked = false
        tenant.readonly = false
        tenant.obVersion = seed.obVersion
        return tenant
    }
}

/// The tenants every simulated cluster has: `sys` and one to three user tenants, named from a
/// pool, the same every time (hostile names in the hostile fleet).
package enum TenantFactory {
    static let names = ["trade", "order", "pay", "report", "user", "risk", "audit", "crm", "ledger", "search"]

    /// The number of tenants of the cluster at `ordinal`, `sys` included.
    package static func count(ordinal: Int) -> Int { 2 + ordinal % 3 }

    /// The tenants of `seed`.
    package static func tenants(of seed: ClusterSeed, hostile: Bool) -> [SimTenant] {
        let ordinal = Int(seed.id - DemoFixtures.firstId)
        let zones = (1...ClusterBuilder.zoneCount(ordinal: ordinal)).map { "zone\($0)" }
        let created = ClusterBuilder.epoch.addingTimeInterval(Double(ordinal) * 3600 + 7200)
        return (0..<count(ordinal: ordinal)).map { index in
            let name: String
            if index == 0 {
                name = "sys"
            } else if hostile {
                name = HostileCorpus.string(ordinal + index + 11)
            } else {
                name = names[(ordinal + index - 1) % names.count] + (index > 1 ? "_\(index)" : "")
            }
            let mode = index == 2 ? (ordinal == 2 ? "Oracle" : "ORACLE") : "MYSQL"
            return SimTenant(
                id: 1_000_000_000 + Int64(ordinal) * 10 + Int64(index), name: name, obTenantId: index == 0 ? 1 : Int64(1000 + index),
                mode: mode, zones: zones, primaryZone: zones.joined(separator: ","), unitSpec: index == 0 ? "S0" : "S\(1 + index % 2)",
                unitCount: 1, created: created.addingTimeInterval(Double(index) * 600))
        }
    }
}
