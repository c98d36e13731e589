import Foundation
import OCPAPI

/// Builds a full `Cluster` object (zones, root servers, counts, times) from a seed, the same
/// way every time.
package enum ClusterBuilder {
    /// The creation time of the first fixture; later ids are an hour apart.
    static let epoch = Date(timeIntervalSince1970: 1_709_251_200)

    /// The number of zones of the cluster at `ordinal` (0-based, id order): three or one.
    package static func zoneCount(ordinal: Int) -> Int { ordinal % 2 == 0 ? 3 : 1 }

    /// The full cluster of `seed`, with times written in `utcOffsetSeconds`.
    package static func cluster(_ seed: ClusterSeed, utcOffsetSeconds: Int) -> Cluster {
        let ordinal = Int(seed.id - DemoFixtures.firstId)
        var cluster = Cluster(
            id: seed.id, name: seed.name, obClusterId: Int64(ordinal + 1), obVersion: seed.obVersion, type: seed.type, status: seed.status)
        let zoneTotal = Self.zoneCount(ordinal: ordinal)
        let serversPerZone = 1 + ordinal % 3
        let octet = ordinal % 250 + 1
        cluster.fullVersion = "OceanBase \(seed.obVersion) (r\(100_000 + ordinal * 7)-simulated)"
        cluster.regionCount = 1
        cluster.serverCount = zoneTotal * serversPerZone
        cluster.tenantCount = TenantFactory.count(ordinal: ordinal)
        cluster.partitionCount = 100 + ordinal * 13 % 900
        cluster.rootServers = (1...zoneTotal).map { zone in
            RootServer(address: "10.\(zone).\(octet).11:2882", role: zone == 1 ? "LEADER" : "FOLLOWER", sqlPort: 2881)
        }
        cluster.zones = (1...zoneTotal).map { zone in
            var value = ClusterZone(
                name: "zone\(zone)", idcName: "hz\(zone)", regionName: "hangzhou", serverCount: serversPerZone,
                status: seed.status == .stopped ? "STOPPED" : "RUNNING")
            value.idcId = Int64(zone)
            value.hostCount = serversPerZone
            value.clusterId = seed.id
            value.obClusterId = Int64(ordinal + 1)
            value.servers = []
            value.innerStatus = "ACTIVE"
            value.operateStatus = "NORMAL"
            return value
        }
        let link = seed.linkedClusterId.map { id in
            ClusterLink(
                id: id, name: DemoFixtures.seeds.first { $0.id == id }?.name, obClusterId: Int64(id - DemoFixtures.firstId + 1),
                status: .running, type: seed.type == .standby ? .primary : .standby)
        }
        if seed.type == .standby {
            cluster.primaryCluster = link
            cluster.delayTime = 1.5
            cluster.syncStatus = "VALID"
        } else {
            cluster.standbyClusters = link.map { [$0] } ?? []
        }
        let created = epoch.addingTimeInterval(Double(ordinal) * 3600)
        cluster.createTime = OCPTimestamp(date: created, offsetSeconds: utcOffsetSeconds)
        cluster.updateTime = OCPTimestamp(date: created.addingTimeInterval(86_400), offsetSeconds: utcOffsetSeconds)
        cluster.creator = "admin"
        return cluster
    }
}
