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
        let wizard = WizardDriver(tmux: tmux)
        try await wizard.openCluster(filter: "订单", name: "订单中心", action: "Actions: n new")
        try tmux.send("3")
        try #require(await tmux.waitFor("Backup modes"), "no ability tab of 订单中心: \(tmux.capture())")

        // The wizard: backup mode as offered, then the schedule grid (Mon full, Tue incremental);
        // storage: a name and a directory; cleanup as it is; thresholds: a 90-minute timeout,
        // an alert after 5 days without success; no secondary backup; the review; submit and confirm.
        try tmux.send("n")
        try #require(await tmux.waitFor("New strategy ·"), "no wizard: \(tmux.capture())")
        try await wizard.newStrategyUpToTheName()
        try tmux.type("e2e_nfs")
        try await wizard.fromTheNameToTheReview(directory: "/e2e/backup/")
        try await wizard.submitAndConfirm()
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
