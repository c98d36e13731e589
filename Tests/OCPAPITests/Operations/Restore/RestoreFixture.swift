import Foundation
import OCPAPI

/// A source cluster on 4.2 with tenant `orders` (two windows with a gap) and a 4.2 target with
/// three zones, a tenant `taken` and a restore creating `pending`.
enum RestoreFixture {
    /// 2024-06-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_717_200_000)
    static let hour: TimeInterval = 3600
    static let offset = 8 * 3600

    /// Windows: [now-3d, now-2d] and [now-1d, now-60s], to the microsecond.
    static let windows = [
        RecoverableWindow(start: now.addingTimeInterval(-72 * hour), end: now.addingTimeInterval(-48 * hour).addingTimeInterval(0.123_456)),
        RecoverableWindow(start: now.addingTimeInterval(-24 * hour).addingTimeInterval(0.000_250), end: now.addingTimeInterval(-60)),
    ]

    static let tenantWindows = TenantRecoverability(tenantId: 11, tenantName: "orders", windows: windows)

    static func cluster(_ id: Int64, _ name: String, version: String, zones: Int = 3) -> Cluster {
        var cluster = Cluster(id: id, name: name, obVersion: version)
        cluster.zones = (1...zones).map { ClusterZone(name: "zone\($0)") }
        return cluster
    }

    static let source = cluster(1, "src", version: "4.2.1.0")
    static let target = cluster(2, "dst", version: "4.2.1.0")

    static func facts(target: Cluster? = RestoreFixture.target, tasks: [RestoreTask] = [RestoreFixture.pending]) -> RestoreFacts {
        RestoreFacts(
            source: source, sourceTenants: [Tenant(id: 10, name: "sys"), Tenant(id: 11, name: "orders")],
            recoverability: ClusterRecoverability(tenants: [tenantWindows], scope: RecoverabilityScope(end: now)), target: target,
            targetTenants: [Tenant(id: 20, name: "sys"), Tenant(id: 21, name: "taken")], targetRestoreTasks: tasks, now: now)
    }

    static var pending: RestoreTask {
        var task = RestoreTask(id: 7, restoreTenantName: "pending", status: .waitLogStreams, finished: false)
        task.restoreClusterId = 2
        return task
    }

    static func zones(_ counts: [Int], replica: ReplicaType = .full) -> [RestoreZone] {
        counts.enumerated().map { index, count in
            RestoreZone(name: "zone\(index + 1)", replicaType: replica, resourcePool: RestoreResourcePool(unitSpecName: "S1", unitCount: count))
        }
    }

    /// An online request of tenant 11 into cluster 2 at `time` as `name`.
    static func online(
        time: String = "2024-05-31 12:00:00.000+08:00", name: String = "orders_r1", zones: [RestoreZone] = zones([1, 1, 1])
    )
        -> RestoreRequest
    {
        RestoreRequest(
            backupTenantStatus: .online,
            restoreOnlineTenantRequiredParam: OnlineRestoreParameters(
                backupClusterId: 1, backupTenantId: 11, restoreClusterId: 2, restoreEndTime: OCPTimestamp(raw: time),
                restoreTenantInfoParam: RestoreTenantInfo(name: name, primaryZone: "zone1", zones: zones)))
    }
}
