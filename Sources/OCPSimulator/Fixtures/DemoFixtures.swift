import OCPAPI

/// The demo fleet: a dozen clusters that exercise the console (docs/simulator.md, Fixtures).
///
/// Versions 2.2.50 (logical only), 2.2.77, 3.1.x (logical and physical), 3.2.x, 4.2.1.0,
/// 4.2.x and 4.3.x; RUNNING, STOPPED and OPERATING; a STANDBY; CJK names; one name with an ESC
/// sequence, a BEL and a CR; strategies on three of them (FILE, and OSS with a secret).
package enum DemoFixtures {
    /// The first fixture id; generated clusters follow the last one.
    package static let firstId: Int64 = 1_000_001

    /// The fixture clusters, in id order.
    package static let seeds: [ClusterSeed] = [
        ClusterSeed(id: 1_000_001, name: "交易核心集群", obVersion: "4.2.1.0", hasFullBackup: true),
        ClusterSeed(id: 1_000_002, name: "风控_备库", obVersion: "3.2.4.1", type: .standby, hasFullBackup: true, linkedClusterId: 1_000_003),
        ClusterSeed(id: 1_000_003, name: "风控_主库", obVersion: "3.2.4.1", hasFullBackup: true, linkedClusterId: 1_000_002),
        ClusterSeed(id: 1_000_004, name: "legacy-logical", obVersion: "2.2.50", hasFullBackup: true),
        ClusterSeed(id: 1_000_005, name: "billing-2277", obVersion: "2.2.77"),
        ClusterSeed(id: 1_000_006, name: "analytics-31", obVersion: "3.1.5", abilityOverride: .logicalAndPhysical, hasFullBackup: true),
        ClusterSeed(id: 1_000_007, name: "archive-stopped", obVersion: "4.2.1.0", status: .stopped),
        ClusterSeed(id: 1_000_008, name: "ops-maintenance", obVersion: "4.2.2.0", status: .operating, hasFullBackup: true),
        ClusterSeed(id: 1_000_009, name: "订单中心", obVersion: "4.3.0.1"),
        ClusterSeed(id: 1_000_010, name: "payments-43", obVersion: "4.3.2.0", hasFullBackup: true),
        ClusterSeed(id: 1_000_011, name: "evil\u{1B}[31mred\u{07}bell\rcr", obVersion: "4.2.5.0"),
        ClusterSeed(id: 1_000_012, name: "reporting-42", obVersion: "4.2.5.0"),
    ]

    /// The versions generated clusters cycle through.
    static let generatedVersions = ["2.2.77", "3.1.5", "3.2.4.1", "4.2.1.0", "4.2.5.0", "4.3.2.0", "2.2.50"]

    /// Generated cluster number `index` (0-based): id after the `fixtureCount` fixtures, name
    /// `gen-000001`, varied versions and statuses, the same every time.
    package static func generatedSeed(_ index: Int, after fixtureCount: Int = seeds.count) -> ClusterSeed {
        let number = String(index + 1)
        let name = "gen-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
        let status: ClusterStatus =
            switch index % 10 {
            case 7: .stopped
            case 9: .operating
            default: .running
            }
        return ClusterSeed(
            id: firstId + Int64(fixtureCount + index), name: name, obVersion: generatedVersions[index % generatedVersions.count],
            status: status, hasFullBackup: index % 3 == 0)
    }
}
