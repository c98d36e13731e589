import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

extension Scene {
    /// The restore fleet: CJK names, a standby, a stopped and an older cluster.
    static let restoreClusters: [Cluster] = [
        Cluster(id: 11, name: "风控_主库", obVersion: "4.2.1.0"),
        Cluster(id: 12, name: "北京_灾备", obVersion: "4.2.5.1"),
        Cluster(id: 13, name: "测试库", obVersion: "4.2.1.0", type: .standby),
        Cluster(id: 14, name: "legacy-2x", obVersion: "4.2.1.0", status: .stopped),
        Cluster(id: 15, name: "上海-归档-reporting", obVersion: "3.2.4.5"),
    ]

    /// 交易_核心's windows: six to three days before the scenes' time, then two days to a minute
    /// before it (a gap between, as after an interrupted log archive).
    static var restoreInfo: ClusterBackupInfo {
        func stamp(_ seconds: TimeInterval) -> OCPTimestamp {
            OCPTimestamp(date: SceneDriver.now.addingTimeInterval(-seconds), offsetSeconds: 8 * 3600)
        }
        func window(_ start: TimeInterval, _ end: TimeInterval) -> RecoverableSectionItem {
            RecoverableSectionItem(
                type: .recoverable, realRecoverableTimeInterval: RecoverableTimeInterval(startTime: stamp(start), endTime: stamp(end)))
        }
        return ClusterBackupInfo(
            clusterId: 11, clusterName: "风控_主库", obRecoverableInfoAggregation: nil,
            tenantBackupInfos: [
                TenantBackupInfo(
                    tenantId: 1_101, tenantName: "交易_核心", obTenantId: 1002,
                    obRecoverableInfoAggregation: RecoverableInfoAggregation(items: [window(6 * 86_400, 3 * 86_400), window(2 * 86_400, 60)])),
                TenantBackupInfo(
                    tenantId: 1_102, tenantName: "ledger", obTenantId: 1003,
                    obRecoverableInfoAggregation: RecoverableInfoAggregation(items: [window(7 * 86_400, 300)])),
            ])
    }

    /// A driver with the restore wizard open on 风控_主库, its tenants and windows read.
    static func restoreDriver() -> SceneDriver {
        var driver = SceneDriver()
        driver.load(restoreClusters)
        driver.select("风控_主库")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        driver.send(.restore(.open(tenantId: nil)))
        let tenants = [Tenant(id: 1_001, name: "sys"), Tenant(id: 1_101, name: "交易_核心"), Tenant(id: 1_102, name: "ledger")]
        driver.restore(
            .tenantsLoaded(.success(tenants)),
            .windowsLoaded(.success(SourceWindows(restoreInfo, answeredAt: SceneDriver.now, localOffset: 0))))
        return driver
    }

    /// The restore wizard walked to `step`, the target's zones and tenants read on the way.
    static func restoreDriver(at step: RestoreWizardStep) -> SceneDriver {
        var driver = restoreDriver()
        var target = restoreClusters[1]
        target.zones = ["zone1", "zone2", "zone3"].map { ClusterZone(name: $0) }
        while let current = driver.state.restore?.step, current != step {
            switch current {
            case .target:
                driver.restore(
                    .targetLoaded(clusterId: 12, .success(target)),
                    .targetTenantsLoaded(clusterId: 12, .success([Tenant(id: 1_201, name: "sys"), Tenant(id: 1_202, name: "pay_core")])),
                    .targetRestoresLoaded(clusterId: 12, .success([])))
            case .tenantName:
                for character in "trade_r1" { driver.restore(.typed(character)) }
            case .preview:
                driver.restore(.previewLoaded(.success(restorePreview)))
            default:
                break
            }
            driver.restore(.nextStep)
        }
        return driver
    }

    static let restorePreview = RestorePreview(items: [
        RestorePreviewItem(
            backupDest: "file:///obbackup/风控_主库/11/incarnation_1/1002/data/backup_set_24_full_20261118", backupId: OCPIdentifier(raw: "24"),
            backupType: .backupSet, copyId: OCPIdentifier(raw: "0")),
        RestorePreviewItem(
            backupDest: "file:///obbackup/风控_主库/11/incarnation_1/1002/clog/6_38_20261118", backupId: OCPIdentifier(raw: "38"),
            backupType: .backupPiece, copyId: OCPIdentifier(raw: "0")),
    ])

    /// Every restore scene.
    static var restoreScenes: [Scene] {
        var offline = restoreDriver()
        offline.restore(.toggle, .nextField, .nextField, .nextField)
        for character in "交易_核心" { offline.restore(.typed(character)) }
        offline.restore(.nextField, .toggle, .nextField)
        for character in "bucket/backup" { offline.restore(.typed(character)) }
        offline.restore(.nextField)
        for character in "oss-cn-hangzhou.aliyuncs.com" { offline.restore(.typed(character)) }
        offline.restore(.nextField, .typed("A"), .typed("K"), .nextField)
        for character in "secret" { offline.restore(.typed(character)) }
        var refused = restoreDriver(at: .pointInTime)
        refused.state.restore?.form.dateText = "2026-11-18"
        refused.state.restore?.form.timeText = "00:00:00"
        refused.restore(.nextStep)
        var taken = restoreDriver(at: .tenantName)
        taken.state.restore?.form.tenantName = "pay_core"
        taken.restore(.nextStep)
        var confirm = restoreDriver(at: .confirm)
        for character in "trade_r" { confirm.restore(.typed(character)) }
        var sent = restoreDriver(at: .confirm)
        for character in "trade_r1" { sent.restore(.typed(character)) }
        sent.restore(
            .send,
            .sent(
                .success(
                    MutationReceipt(response: BackupCommonResponse(obBackupTaskType: .restore, backupObjectOpsResultList: nil), traceId: "9b1c0d2e")))
        )
        sent.send(.task(.close))
        var unknown = restoreDriver(at: .confirm)
        for character in "trade_r1" { unknown.restore(.typed(character)) }
        let lost = ErrorInfo(kind: .outcomeUnknown, message: "The connection closed before OCP answered.", nextStep: "Wait for the re-read.")
        unknown.restore(.send, .sent(.failure(lost)), .reread(.success(nil)))
        return [
            Scene(name: "restore-source", state: restoreDriver().state), Scene(name: "restore-offline", state: offline.state),
            Scene(name: "restore-time", state: restoreDriver(at: .pointInTime).state), Scene(name: "restore-time-refused", state: refused.state),
            Scene(name: "restore-target", state: restoreDriver(at: .target).state), Scene(name: "restore-name-taken", state: taken.state),
            Scene(name: "restore-resources", state: restoreDriver(at: .resources).state),
            Scene(name: "restore-preview", state: restoreDriver(at: .preview).state),
            Scene(name: "restore-review", state: restoreDriver(at: .review).state), Scene(name: "restore-confirm", state: confirm.state),
            Scene(name: "restore-sent", state: sent.state), Scene(name: "restore-unknown", state: unknown.state),
        ]
    }
}

extension SceneDriver {
    /// Sends restore wizard actions in order.
    mutating func restore(_ actions: RestoreAction...) {
        for action in actions { send(.restore(action)) }
    }
}
