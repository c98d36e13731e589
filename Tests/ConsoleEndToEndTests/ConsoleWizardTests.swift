import Foundation
import OCPAPI
import Testing

/// The whole way by keyboard against the simulator: the list, a cluster's ability, the wizard
/// (grid cells, storage, thresholds), the review, the submission, and then the simulator holds
/// exactly the strategy that was composed.
@Suite(.serialized) struct ConsoleWizardTests {
    static let orders: Int64 = 1_000_009

    @Test func aStrategyComposedByKeyboardIsWhatTheSimulatorHolds() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment)
        let tmux = run.tmux
        try #require(await tmux.waitFor("订单中心"), "no cluster list: \(tmux.capture())")

        // The list: filter down to one cluster and open its ability.
        try tmux.send("/")
        try tmux.type("订单")
        try tmux.send("Enter")
        try #require(await tmux.waitForScreen { !$0.contains("payments-43") && $0.contains("订单中心") }, "filter: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(
            await tmux.waitForScreen { $0.contains("Backup ability") && $0.contains("Actions: n new") },
            "no ability and strategy of 订单中心: \(tmux.capture())")

        // The wizard: backup mode as offered, then the schedule grid.
        try tmux.send("n")
        try #require(await tmux.waitFor("New strategy ·"), "no wizard: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Mon ·  Tue ·"), "no schedule step: \(tmux.capture())")
        try tmux.send("Tab", "Space", "Right", "Space", "Space")
        try #require(await tmux.waitFor("Mon F  Tue I  Wed ·"), "the grid did not change: \(tmux.capture())")
        try tmux.send("Enter")

        // Storage: a name and a directory.
        try #require(await tmux.waitFor("Configuration name"), "no storage step: \(tmux.capture())")
        try tmux.send("Tab")
        try tmux.type("e2e_nfs")
        try tmux.send("Tab")
        try tmux.type("/e2e/backup/")
        try tmux.send("Enter")

        // Cleanup as it is; thresholds: a 90-minute timeout, an alert after 5 days without success.
        try #require(await tmux.waitFor("Clean expired backups"), "no cleanup step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Data backup timeout"), "no thresholds step: \(tmux.capture())")
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("90")
        try tmux.send("Tab", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("5")
        try #require(await tmux.waitForScreen { $0.contains("[90 ") && $0.contains("[5_") }, "thresholds not typed: \(tmux.capture())")
        try tmux.send("Enter")

        // No secondary backup; the review; submit and confirm.
        try #require(await tmux.waitFor("▶ Secondary backup"), "no secondary step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Request body"), "no review with the request: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Send this request to OCP now?"), "no confirmation: \(tmux.capture())")
        try tmux.send("y")
        try #require(await tmux.waitFor("OCP accepted CREATE_BACKUP_STRATEGY"), "no success: \(tmux.capture())")

        let shown = try await simulator.command(["strategy", "show", String(Self.orders), "-o", "json"])
        #expect(shown.status == 0, "\(shown.output)")
        let strategy = try OCPJSON.decoder().decode(BackupStrategy.self, from: Data(shown.output.utf8))
        let schedule = strategy.obBackupScheduleConfig
        #expect(schedule?.backupScheduleMode == .week)
        #expect(schedule?.backupScheduleTime?.hasPrefix("02:00") == true)
        #expect(schedule?.dayAndDataBackupModelMap == ["1": .full, "2": .incremental, "6": .full])
        #expect(strategy.obBackupServiceStorageConfig?.configName == "e2e_nfs")
        #expect(strategy.obBackupThresholdConfig?.dataBackupTimeoutMinutes == 90)
        #expect(strategy.obBackupThresholdConfig?.noSuccessfulDataBackupAlarmDays == 5)

        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""operation":"create""#) && audit.contains(#""configName":"e2e_nfs""#), "audit: \(audit)")
        #expect(audit.contains(#""httpStatus":200"#) && audit.contains(#""result":"success""#), "audit: \(audit)")

        try tmux.send("Enter")
        try #require(await tmux.waitFor("Clusters"), "the wizard did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }
}
