import Foundation
import OCPAPI
import OCPSimulator
import Synchronization
import Testing

@Suite("The OCPAPI client against a live simulator")
struct LiveClientTests {
    /// The whole console flow with one credential scheme.
    private func flow(_ credentials: @escaping (SimulatorServer) -> OCPCredentials) async throws {
        try await LiveSimulator.with(credentials: credentials) { server, client in
            #expect(server.port > 0)
            let page = try await client.clusters(ClusterQuery(name: "风控", sort: "name,asc"), page: 1, size: 10)
            #expect(page.value.contents.map(\.id) == [1_000_003, 1_000_002])
            #expect(page.traceId?.count == 16)
            let cluster = try await client.resolveCluster("订单中心")
            #expect(cluster.id == StrategySamples.orders)
            let ability = try await client.backupAbility(clusterId: cluster.id).value
            #expect(ability.backupAbility == .physical)
            #expect(try await client.backupStrategyIfAny(clusterId: cluster.id) == nil)
            let created = try await client.createBackupStrategy(clusterId: cluster.id, StrategySamples.oss(secret: "live-secret"))
            #expect(created.value.obBackupTaskType == .createStrategy)
            let strategy = try await client.backupStrategy(clusterId: cluster.id).value
            #expect(strategy.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.isMaskPlaceholder == true)
            var change = strategy.asRequest
            change.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["1": .full]
            let modified = try await client.modifyBackupStrategy(clusterId: cluster.id, change)
            #expect(modified.value.obBackupTaskType == .updateStrategy)
            do {
                _ = try await client.modifyBackupStrategy(clusterId: cluster.id, change)
                Issue.record("an unchanged modify was accepted")
            } catch let error as OCPAPIError {
                #expect(error.code == "BAK21016")
                #expect(error.httpStatus == 400)
                #expect(error.traceId?.count == 16)
            }
            let deleted = try await client.deleteBackupStrategy(clusterId: cluster.id)
            #expect(deleted.value.obBackupTaskType == .deleteStrategy)
            let info = try await client.serverInfo().value
            #expect(info.ocpVersion == "4.3.2")
            let time = try await client.serverTime().value
            #expect(time.date != nil)
        }
    }

    @Test func basicAuthentication() async throws {
        try await flow { .basic(user: $0.credentials.user, password: $0.credentials.password) }
    }

    @Test func accessKeyAuthentication() async throws {
        try await flow(LiveSimulator.accessKey)
    }

    @Test func wrongSecretIsAnAuthenticationError() async throws {
        let wrong: (SimulatorServer) -> OCPCredentials = { .accessKey(id: $0.credentials.accessKeyId, secret: Secret("wrong")) }
        try await LiveSimulator.with(credentials: wrong) { _, client in
            do {
                _ = try await client.clusters()
                Issue.record("a wrong secret was accepted")
            } catch let error as OCPAPIError {
                #expect(error.kind == .authentication)
                #expect(error.httpStatus == 401)
                #expect(error.code == "IAM10000")
                #expect(error.message.contains("bad signature"))
            }
        }
    }

    @Test func allClustersOfALargeFleet() async throws {
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, generatedClusters: 5000, seed: 3), credentials: LiveSimulator.accessKey) {
            _, client in
            let all = try await client.allClusters(ClusterQuery(statuses: [.stopped]))
            #expect(all.count == 501)
            #expect(all.allSatisfy { $0.status == .stopped })
        }
    }

    @Test func summaryPagesHoldTheListedFieldsOfEveryCluster() async throws {
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, generatedClusters: 1200, seed: 5), credentials: LiveSimulator.accessKey) {
            _, client in
            let full = try await client.allClusters(pageSize: 700)
            let summaries = Mutex<[Int: [ClusterSummary]]>([:])
            let count = try await client.forEachClusterPage(as: ClusterSummary.self, pageSize: 500, concurrency: 2) { number, page in
                summaries.withLock { $0[number] = page.contents }
            }
            let pages = summaries.withLock { $0 }
            #expect(count == 1212)
            #expect(pages.keys.sorted() == [1, 2, 3])
            #expect(pages.keys.sorted().flatMap { pages[$0] ?? [] } == full.map(ClusterSummary.init))
            #expect(full.contains { $0.zones?.isEmpty == false }, "the full clusters carry the topology the summaries skip")
        }
    }

    @Test func embeddedServersDoNotShareState() async throws {
        try await LiveSimulator.with { _, first in
            try await LiveSimulator.with { _, second in
                _ = try await first.deleteBackupStrategy(clusterId: StrategySamples.core)
                #expect(try await first.backupStrategyIfAny(clusterId: StrategySamples.core) == nil)
                #expect(try await second.backupStrategyIfAny(clusterId: StrategySamples.core) != nil)
            }
        }
    }
}
