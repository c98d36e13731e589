import Foundation
import OCPSimulator
import Testing

/// The console's submission against a simulator that applies the change and then loses the
/// answer: the person is told the outcome is unknown, the strategy is read again before
/// anything else, and the simulator received the request exactly once, even when Enter is
/// pressed again.
@Suite struct SubmitFaultTests {
    static let strategyPath = "/api/v2/ob/clusters/1000009/backup/config/backupStrategy"

    @Test func aCreateWhoseConnectionDropsAfterApplyingIsSentOnceAndReadAgain() async throws {
        let faults = FaultOptions(lostAnswerRate: 1, methods: ["POST"])
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, faults: faults, seed: 1))
        let home = try ConsoleHome()
        let run = try ConsoleRun(["tui"], environment: home.environment(url: server.baseURL), columns: 180, rows: 50)
        let driver = WizardDriver(tmux: run.tmux)
        try await driver.openCluster(filter: "订单", name: "订单中心", action: "Actions: n new")
        let readsBefore = server.counters.requests(method: "GET", path: Self.strategyPath)
        try run.tmux.send("n")
        try #require(await run.tmux.waitFor("New strategy ·"), "no wizard: \(run.tmux.capture())")
        try await driver.newStrategyUpToTheName()
        try run.tmux.type("lost_answer")
        try await driver.fromTheNameToTheReview()
        try await driver.submitAndConfirm()

        #expect(
            await run.tmux.waitFor("After no answer, the strategy exists now: the create was applied."),
            "the unknown outcome was not sorted out: \(run.tmux.capture())")
        #expect(server.counters.requests(method: "POST", path: Self.strategyPath) == 1)
        #expect(server.counters.count(of: .answerLost) == 1)
        #expect(server.counters.requests(method: "GET", path: Self.strategyPath) > readsBefore, "the strategy was not read again")
        #expect(await server.state.strategy(clusterId: 1_000_009)?.obBackupServiceStorageConfig?.configName == "lost_answer")

        // Enter again must not create a second time.
        try run.tmux.send("Enter")
        #expect(await run.tmux.waitFor("the create was applied. Close the wizard"), "no refusal: \(run.tmux.capture())")
        try run.tmux.send("y")
        #expect(server.counters.requests(method: "POST", path: Self.strategyPath) == 1)

        try await run.closeTheWizardAndQuit()
        await server.shutdown()
    }

    @Test func aModifyAnsweredTooLateIsSentOnceAndReadAgain() async throws {
        let faults = FaultOptions(lateAnswerMs: 60_000, methods: ["PATCH"])
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, faults: faults, seed: 2))
        let home = try ConsoleHome()
        let path = "/api/v2/ob/clusters/1000001/backup/config/backupStrategy"
        let run = try ConsoleRun(
            ["tui", "--timeout", "8"], environment: home.environment(url: server.baseURL), columns: 180, rows: 50)
        let tmux = run.tmux
        try await WizardDriver(tmux: tmux).openCluster(filter: "交易", name: "交易核心集群", action: "Actions: e edit")
        try tmux.send("e")
        try #require(await tmux.waitFor("Edit strategy ·"), "no wizard: \(tmux.capture())")
        try tmux.send("Enter")
        for step in ["Configuration name", "Clean expired backups", "Data backup timeout"] {
            try tmux.send("Enter")
            try #require(await tmux.waitFor(step), "no step with \(step): \(tmux.capture())")
        }
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("77")
        try #require(await tmux.waitFor("[77_"), "the timeout was not typed: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("▶ Secondary backup"), "no secondary step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Request body"), "no review: \(tmux.capture())")
        let readsBefore = server.counters.requests(method: "GET", path: path)
        try await WizardDriver(tmux: tmux).submitAndConfirm()

        #expect(
            await tmux.waitFor("After no answer, the strategy was read again"), "the unknown outcome was not sorted out: \(tmux.capture())")
        #expect(server.counters.requests(method: "PATCH", path: path) == 1)
        #expect(server.counters.requests(method: "GET", path: path) > readsBefore, "the strategy was not read again")
        #expect(await server.state.strategy(clusterId: 1_000_001)?.obBackupThresholdConfig?.dataBackupTimeoutMinutes == 77)

        try await run.closeTheWizardAndQuit()
        #expect(server.counters.requests(method: "PATCH", path: path) == 1)
        await server.shutdown()
    }
}
