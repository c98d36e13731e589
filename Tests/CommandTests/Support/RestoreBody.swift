import Foundation
import OCPAPI
import Testing

/// Restore bodies for the command tests, against the demo fleet: tenant `trade` (1000000001) of
/// 交易核心集群 (1000001, 4.2.1.0), tenant `pay` (1000000021) of 风控_主库 (1000003, 3.2.4.1, its
/// log archive interrupted), target reporting-42 (1000012, 4.2.5.0, one zone; tenants `order`,
/// `pay_2`, `report_3`).
enum RestoreBody {
    static let trade: Int64 = 1_000_000_001
    static let pay: Int64 = 1_000_000_021
    static let reporting: Int64 = 1_000_012

    /// An online body as JSON; `time` nil leaves `restoreEndTime` out.
    static func online(
        source: Int64 = 1_000_001, tenant: Int64 = trade, target: Int64 = reporting, time: String? = nil, name: String = "trade_r1",
        extra: String = ""
    ) -> String {
        let when = time.map { #""restoreEndTime":"\#($0)","# } ?? ""
        return #"{"backupTenantStatus":"ONLINE","restoreOnlineTenantRequiredParam":{"backupClusterId":\#(source),"#
            + #""backupTenantId":\#(tenant),"restoreClusterId":\#(target),\#(when)\#(extra)"restoreTenantInfoParam":{"name":"\#(name)","#
            + #""primaryZone":"zone1","zones":[{"name":"zone1","replicaType":"FULL","resourcePool":{"unitSpecName":"S1","unitCount":1}}]}}}"#
    }

    /// The same online body of `trade` as YAML, with the sample's web-console keys in the zone.
    static func yaml(name: String, time: String) -> String {
        """
        backupTenantStatus: ONLINE
        restoreOnlineTenantRequiredParam:
          backupTenantId: \(trade)
          restoreClusterId: \(reporting)
          restoreEndTime: \(time)
          restoreTenantInfoParam:
            name: \(name)
            zones:
              - name: zone1
                key: zone1
                checked: true
                replicaType: FULL
                resourcePool: {unitSpecName: S1, unitCount: 1}

        """
    }

    /// An offline body of `trade` read from OSS, with an access key secret.
    static func offline(secret: String) -> String {
        #"{"backupTenantStatus":"OFFLINE","restoreOfflineTenantRequiredParam":{"backupMode":"PHYSICAL_BACKUP","#
            + #""backupClusterName":"交易核心集群","backupTenantName":"trade","restoreClusterId":\#(reporting),"#
            + #""obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_OSS","storageUrl":"oss://backups/core","#
            + #""ossAccessKey":{"endpoint":"oss-cn-hangzhou.aliyuncs.com","accessKeyId":"LTAI5t","accessKeySecret":"\#(secret)"}},"#
            + #""restoreTenantInfoParam":{"name":"trade_off","zones":[{"name":"zone1","replicaType":"FULL","#
            + #""resourcePool":{"unitSpecName":"S1","unitCount":1}}]}}}"#
    }

    /// The middle of the first gap between the recoverable windows of `tenant` of `cluster`, as
    /// `recoverable CLUSTER -o json` gives them, written `yyyy-MM-dd HH:mm:ss.SSS+08:00`.
    static func timeInGap(_ runner: CommandRunner, cluster: String, tenant: String) async throws -> String {
        let json = try await runner.run(["recoverable", cluster, "-o", "json"])
        let info = try OCPJSON.decoder().decode(ClusterBackupInfo.self, from: Data(json.stdout.utf8))
        let backup = try #require(info.tenantBackupInfos?.first { $0.tenantName == tenant })
        let windows = TenantRecoverability(
            backup, scope: RecoverabilityScope(end: LiveOperationsReadTests.start.addingTimeInterval(30 * 86_400), length: 60 * 86_400))
        let gap = try #require(windows.gaps.first, "no gap in \(windows.windows)")
        let middle = gap.start.addingTimeInterval(gap.end.timeIntervalSince(gap.start) / 2)
        return OCPTimestamp(date: middle, offsetSeconds: 8 * 3600).raw.replacingOccurrences(of: "T", with: " ")
    }
}
