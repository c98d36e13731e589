import Foundation
import OCPAPI

@testable import ConsoleCore

/// A fleet to restore in: source 风控_主库 (id 1, 4.2.1.0) with tenants 交易 (windows with a
/// gap) and 账务, targets 北京_灾备 (2, running, three zones), a standby (3), a stopped cluster
/// (4) and an older one (5).
enum RestoreFixtures {
    static let source = Fixtures.cluster(1, "风控_主库")
    static let target = Fixtures.cluster(2, "北京_灾备")
    static let clusters = [
        source, target, Fixtures.cluster(3, "上海_备库", type: .standby), Fixtures.cluster(4, "深圳_停机", status: .stopped),
        Fixtures.cluster(5, "old_32", version: "3.2.4.0"),
    ]

    /// The source's tenants (sys is never offered).
    static let tenants = [
        Tenant(id: 1_001, name: "sys", clusterId: 1), Tenant(id: 1_011, name: "交易", clusterId: 1), Tenant(id: 1_012, name: "ledger", clusterId: 1),
    ]
    /// The target's tenants: `pay` is taken.
    static let targetTenants = [Tenant(id: 2_001, name: "sys", clusterId: 2), Tenant(id: 2_011, name: "pay", clusterId: 2)]

    /// The target with its zones.
    static var targetDetail: Cluster {
        var cluster = target
        cluster.zones = ["zone1", "zone2", "zone3"].map { ClusterZone(name: $0) }
        return cluster
    }

    /// When OCP answered the backup info: `Fixtures.now`.
    static let answeredAt = Fixtures.now
    /// 交易's windows: six to three days ago, then two days ago to a minute ago (a gap between).
    static let gapStart = Fixtures.now.addingTimeInterval(-3 * 86_400)
    static let gapEnd = Fixtures.now.addingTimeInterval(-2 * 86_400)
    static let latest = Fixtures.now.addingTimeInterval(-60)

    static func stamp(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: 8 * 3600) }

    static var info: ClusterBackupInfo {
        func window(_ start: Date, _ end: Date) -> RecoverableSectionItem {
            RecoverableSectionItem(
                type: .recoverable, realRecoverableTimeInterval: RecoverableTimeInterval(startTime: stamp(start), endTime: stamp(end)))
        }
        let trade = TenantBackupInfo(
            tenantId: 1_011, tenantName: "交易", obTenantId: 1002,
            obRecoverableInfoAggregation: RecoverableInfoAggregation(items: [
                window(Fixtures.now.addingTimeInterval(-6 * 86_400), gapStart), window(gapEnd, latest),
            ]))
        let ledger = TenantBackupInfo(
            tenantId: 1_012, tenantName: "ledger", obTenantId: 1003,
            obRecoverableInfoAggregation: RecoverableInfoAggregation(items: [window(Fixtures.now.addingTimeInterval(-5 * 86_400), latest)]))
        return ClusterBackupInfo(clusterId: 1, clusterName: "风控_主库", obRecoverableInfoAggregation: nil, tenantBackupInfos: [trade, ledger])
    }

    static var windows: SourceWindows { SourceWindows(info, answeredAt: answeredAt, localOffset: Fixtures.localOffset) }

    static let preview = RestorePreview(items: [
        RestorePreviewItem(
            backupDest: "file:///obbackup/c1/5/incarnation_1/1002/data/backup_set_24_full", backupId: OCPIdentifier(raw: "24"),
            backupType: .backupSet,
            copyId: OCPIdentifier(raw: "0")),
        RestorePreviewItem(
            backupDest: "file:///obbackup/c1/5/incarnation_1/1002/clog/6_38", backupId: OCPIdentifier(raw: "38"), backupType: .backupPiece,
            copyId: OCPIdentifier(raw: "0")),
    ])

    /// A world answering the source's and the target's reads.
    static func world() -> FakeWorld {
        let world = FakeWorld()
        world.operations.set { $0.backupInfo = .success(Served(info, answeredAt: answeredAt)) }
        world.restore.set {
            $0.tenants = [1: .success(tenants), 2: .success(targetTenants)]
            $0.clusters = [2: .success(targetDetail)]
        }
        return world
    }

    /// The console with the source shown in the detail pane and the fleet listed.
    static func state(readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleState(profile: "prod", readOnly: readOnly)
        state.list.merge(clusters)
        state.detailClusterId = 1
        state.focus = .detail
        return state
    }
}
