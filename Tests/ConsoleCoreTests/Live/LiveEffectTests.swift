import Foundation
import OCPAPI
import OCPSimulator
import Testing

@testable import ConsoleCore

/// The console's effects through `.live(client:)`, the real store and runner, against the
/// simulator over loopback.
@Suite struct LiveEffectTests {
    /// A simulator, a client to it, and a store on live dependencies with drafts in memory.
    static func withLiveStore(
        _ configuration: SimulatorConfiguration, initial: (OCPClient) async throws -> ConsoleState,
        body: (Store<ConsoleFeature>, AsyncStream<Void>, SimulatorServer) async throws -> Void
    ) async throws {
        let server = try await SimulatorServer.start(configuration)
        let transport = try AsyncHTTPTransport()
        let client = OCPClient(
            configuration: OCPClientConfiguration(
                baseURL: try OCPBaseURL(parsing: server.baseURL),
                credentials: .accessKey(id: server.credentials.accessKeyId, secret: server.credentials.accessKeySecret),
                timeout: .seconds(10), retry: .never),
            transport: transport)
        let state = try await initial(client)
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        let store = Store(
            initialState: state,
            feature: ConsoleFeature(dependencies: .live(client: client, drafts: FakeWorld().dependencies.drafts, pageSize: 2000, concurrency: 2)),
            wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        do {
            try await body(store, wakes, server)
        } catch {
            runner.stop()
            await running
            await transport.shutdown()
            await server.shutdown()
            throw error
        }
        runner.stop()
        await running
        await transport.shutdown()
        await server.shutdown()
    }

    /// The review step of a new FILE strategy for a simulator cluster, with its real ability.
    static func review(of clusterId: Int64, client: OCPClient) async throws -> ConsoleState {
        let cluster = try await client.cluster(id: clusterId).value
        let ability = try await client.backupAbility(clusterId: clusterId).value
        let options = WizardOptions(cluster: cluster, ability: ability)
        var state = WizardHarness.state(
            with: WizardState(options: options, original: nil, form: StrategyForm(backupMode: options.defaultMode, offsetSeconds: 8 * 3600)))
        state.abilities[clusterId] = Loadable(value: ability, loadedAt: Fixtures.now)
        WizardHarness.fillValidStorage(&state)
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        return state
    }

    @Test func theListLoadsEveryPageOfALargeFleet() async throws {
        try await Self.withLiveStore(
            SimulatorConfiguration(port: 0, generatedClusters: 5000, seed: 2), initial: { _ in ConsoleState(profile: "live", readOnly: false) },
            body: { store, wakes, _ in
                store.send(.viewportChanged(rows: 20))
                store.send(.start)
                await drive(store, wakes: wakes) { $0.state.list.load == .loaded(total: 5012) }
                #expect(store.state.list.visibleRows.count == 20)
                #expect(store.state.list.rows.count == 5012)
                #expect(store.state.list.visibleCount == 5012)
            })
    }

    @Test func aSubmittedWizardIsWhatTheSimulatorHolds() async throws {
        let orders: Int64 = 1_000_009
        try await Self.withLiveStore(
            SimulatorConfiguration(port: 0, seed: 4), initial: { try await Self.review(of: orders, client: $0) },
            body: { store, wakes, server in
                let review = try #require(store.state.wizard?.review)
                store.send(.wizard(.submit))
                store.send(.wizard(.confirmSubmit))
                await drive(store, wakes: wakes) { store in
                    if case .succeeded? = store.state.wizard?.submission { return !store.isBusy }
                    return false
                }
                let held = try #require(await server.state.strategy(clusterId: orders))
                let sent = try JSONValue.parse(Array(review.body.utf8))
                #expect(sent["obBackupScheduleConfig"]?["backupScheduleTime"]?.stringValue == held.obBackupScheduleConfig?.backupScheduleTime)
                #expect(held.obBackupServiceStorageConfig?.configName == "nfs_main")
                if case .succeeded(let result)? = store.state.wizard?.submission {
                    #expect(result.taskType == "CREATE_BACKUP_STRATEGY")
                    #expect(result.traceId?.count == 16)
                }
                #expect(store.state.strategies[orders]?.value != nil)
            })
    }

    @Test func aLostAnswerIsReportedTheStrategyReReadAndNothingResent() async throws {
        let orders: Int64 = 1_000_009
        let faults = FaultOptions(dropRate: 1, pathPrefix: "/api/v2/ob/clusters/1000009/backup/config")
        try await Self.withLiveStore(
            SimulatorConfiguration(port: 0, faults: faults, seed: 4), initial: { try await Self.review(of: orders, client: $0) },
            body: { store, wakes, _ in
                store.send(.wizard(.submit))
                store.send(.wizard(.confirmSubmit))
                await drive(store, wakes: wakes) { store in
                    switch store.state.wizard?.submission {
                    case .reread?, .rereadFailed?: return !store.isBusy
                    default: return false
                    }
                }
                guard case .rereadFailed(let error, let reread)? = store.state.wizard?.submission else {
                    Issue.record("expected the re-read to fail too (it goes through the same dropped path)")
                    return
                }
                #expect(error.kind == .outcomeUnknown)
                #expect(reread.kind == .connection || reread.kind == .timeout)
                #expect(store.state.wizard?.submission.allowsSubmit == false)
            })
    }
}
