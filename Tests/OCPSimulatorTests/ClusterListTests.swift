import Foundation
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

@Suite("Clusters: paging, filters, sort")
struct ClusterListTests {
    private func page(_ query: String, configuration: SimulatorConfiguration = SimulatorHarness.configuration()) async throws -> OCPPage<Cluster> {
        try await SimulatorHarness.withRouter(configuration) { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters" + query, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .ok)
            return try SimulatorHarness.data(response, as: OCPPage<Cluster>.self)
        }
    }

    private func failure(_ query: String) async throws -> (status: Int, code: String) {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters" + query, method: .get, headers: SimulatorHarness.basicHeaders)
            return (Int(response.status.code), try SimulatorHarness.error(response).code)
        }
    }

    @Test func defaultPageIsTheFirstTen() async throws {
        let result = try await page("")
        #expect(result.contents.count == 10)
        #expect(result.page == OCPPageInfo(number: 1, size: 10, totalElements: 12, totalPages: 2))
        #expect(result.contents.first?.id == 1_000_001)
        #expect(result.contents.first?.name == "交易核心集群")
    }

    @Test func secondPageHasTheRest() async throws {
        let result = try await page("?page=2&size=10")
        #expect(result.contents.map(\.id) == [1_000_011, 1_000_012])
        #expect(result.page?.number == 2)
    }

    @Test func pagePastTheEndIsEmpty() async throws {
        let result = try await page("?page=9")
        #expect(result.contents.isEmpty)
        #expect(result.page?.totalElements == 12)
    }

    @Test func sizeIsClampedTo2000() async throws {
        let result = try await page("?size=5000", configuration: SimulatorHarness.configuration(generatedClusters: 3000))
        #expect(result.contents.count == 2000)
        #expect(result.page == OCPPageInfo(number: 1, size: 2000, totalElements: 3012, totalPages: 2))
    }

    @Test func nonNumericPageIsCOM10001() async throws {
        let result = try await failure("?page=abc")
        #expect(result == (400, "COM10001"))
    }

    @Test func nameFilterIsCaseInsensitiveSubstring() async throws {
        #expect(try await page("?name=LEGACY").contents.map(\.name) == ["legacy-logical"])
        let cjk = "?name=" + PercentEncoding.encode("风控")
        #expect(try await page(cjk).contents.map(\.id) == [1_000_002, 1_000_003])
    }

    @Test func statusFilterTakesCommasAndRepeats() async throws {
        let comma = try await page("?status=STOPPED,OPERATING")
        #expect(comma.contents.map(\.id) == [1_000_007, 1_000_008])
        let repeated = try await page("?status=STOPPED&status=OPERATING")
        #expect(repeated.contents.map(\.id) == [1_000_007, 1_000_008])
        #expect(try await failure("?status=SLEEPING") == (400, "COM10001"))
    }

    @Test func sortByNameDescendingAndVersion() async throws {
        let byName = try await page("?sort=name,desc&size=20")
        #expect(byName.contents.map(\.name) == byName.contents.map(\.name).sorted(by: >))
        let byVersion = try await page("?sort=obVersion,asc&size=20")
        let versions = byVersion.contents.compactMap { $0.obVersion.flatMap(OBVersion.init) }
        #expect(versions == versions.sorted())
        #expect(byVersion.contents.first?.obVersion == "2.2.50")
    }

    @Test func unknownSortFieldIsCOM10011() async throws {
        #expect(try await failure("?sort=tenantCount,asc") == (400, "COM10011"))
    }

    @Test func oneClusterAndItsFullObject() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters/1000002", method: .get, headers: SimulatorHarness.basicHeaders)
            let cluster = try SimulatorHarness.data(response, as: Cluster.self)
            #expect(cluster.type == .standby)
            #expect(cluster.primaryCluster?.id == 1_000_003)
            #expect(cluster.zones?.isEmpty == false)
            #expect(cluster.rootServers?.first?.sqlPort == 2881)
            #expect(cluster.createTime?.date != nil)
            let controls = try await client.execute(uri: "/api/v2/ob/clusters/1000011", method: .get, headers: SimulatorHarness.basicHeaders)
            let evil = try SimulatorHarness.data(controls, as: Cluster.self)
            #expect(evil.name.unicodeScalars.contains { $0.value == 0x1B })
            #expect(evil.name.contains("\u{07}") && evil.name.contains("\r"))
        }
    }

    @Test func unknownAndNonNumericClusterIds() async throws {
        try await SimulatorHarness.withRouter { client in
            let missing = try await client.execute(uri: "/api/v2/ob/clusters/999", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(missing.status == .notFound)
            #expect(try SimulatorHarness.error(missing).code == "OBE11001")
            let bad = try await client.execute(uri: "/api/v2/ob/clusters/abc", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(bad.status == .badRequest)
            #expect(try SimulatorHarness.error(bad).code == "COM10001")
        }
    }

    @Test func fleetOf100000PagesAndFilters() async throws {
        let configuration = SimulatorHarness.configuration(generatedClusters: 100_000)
        let first = try await page("?page=1&size=2000", configuration: configuration)
        #expect(first.contents.count == 2000)
        #expect(first.page?.totalElements == 100_012)
        #expect(first.page?.totalPages == 51)
        let last = try await page("?page=51&size=2000", configuration: configuration)
        #expect(last.contents.last?.name == "gen-100000")
        #expect(last.contents.last?.id == 1_100_012)
        let filtered = try await page("?name=gen-09999&size=2000", configuration: configuration)
        #expect(filtered.contents.map(\.name) == (99_990...99_999).map { "gen-0\($0)" })
        #expect(filtered.page?.totalElements == 10)
    }

    @Test func generatedClustersAreDeterministic() {
        let catalog = ClusterCatalog(generatedCount: 200, utcOffsetSeconds: 28_800)
        let seed = catalog.seed(at: 12 + 122)
        #expect(seed.name == "gen-000123")
        #expect(catalog.seed(id: seed.id) == seed)
        #expect(catalog.cluster(seed) == catalog.cluster(seed))
        #expect(catalog.seed(id: 1_000_013 + 200) == nil)
    }

    @Test func abilityFollowsTheVersion() async throws {
        try await SimulatorHarness.withRouter { client in
            func ability(_ id: Int64) async throws -> BackupAbility {
                let response = try await client.execute(
                    uri: "/api/v2/ob/clusters/\(id)/backup/ability", method: .get, headers: SimulatorHarness.basicHeaders)
                return try SimulatorHarness.data(response, as: BackupAbility.self)
            }
            let logical = try await ability(StrategySamples.legacy)
            #expect(logical.backupAbility == .logical)
            #expect(logical.obDataBackupSupportAbility?.incrementBackupEnabled == false)
            #expect(logical.obBackupCondition?.needAgentToBackup == true)
            let core = try await ability(StrategySamples.core)
            #expect(core.backupAbility == .physical)
            #expect(core.obDataBackupSupportAbility?.canDoIncrementalBackup == true)
            #expect(core.obRestoreConditionCheckResult?.beReady == true)
            let orders = try await ability(StrategySamples.orders)
            #expect(orders.obDataBackupSupportAbility?.canDoIncrementalBackup == false)
            #expect(try await ability(1_000_006).backupAbility == .logicalAndPhysical)
        }
    }
}
