import Foundation
import OCPAPI
import Testing

/// The console in Chinese against the simulator: the strategy wizard by keyboard with every
/// screen in Chinese, the language taken from the locale (`LC_MESSAGES`), and no colour under
/// `NO_COLOR` in Chinese as in English.
@Suite(.serialized) struct ConsoleChineseTests {
    @Test func aStrategyComposedInChineseIsWhatTheSimulatorHolds() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun(["--lang", "zh-CN"], environment: simulator.environment)
        let tmux = run.tmux
        try #require(await tmux.waitFor("订单中心"), "no cluster list: \(tmux.capture())")
        try #require(await tmux.waitFor("集群"), "the list is not in Chinese: \(tmux.capture())")

        try tmux.send("/")
        try tmux.type("订单")
        try tmux.send("Enter")
        try #require(await tmux.waitForScreen { !$0.contains("payments-43") && $0.contains("订单中心") }, "filter: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("操作：n 新建"), "no actions in Chinese: \(tmux.capture())")
        try tmux.send("n")
        try #require(await tmux.waitFor("新建备份策略 ·"), "no wizard: \(tmux.capture())")
        try #require(await tmux.waitFor("1 备份方式"), "no step indicator in Chinese: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("周一 ·  周二 ·"), "no schedule step: \(tmux.capture())")
        try tmux.send("Tab", "Space", "Right", "Space", "Space")
        try #require(await tmux.waitFor("周一 F  周二 I  周三 ·"), "the grid did not change: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("配置名称"), "no storage step: \(tmux.capture())")
        try tmux.send("Tab")
        try #require(await tmux.waitFor("[_"), "the name field is not focused: \(tmux.capture())")
        try tmux.type("e2e_zh")
        try tmux.send("Tab")
        try tmux.type("/e2e/zh/")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("清理过期备份"), "no cleanup step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("数据备份超时"), "no thresholds step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("▶ 二次备份"), "no secondary step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("请求体"), "no review: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("现在向 OCP 发送此请求？"), "no confirmation: \(tmux.capture())")
        try tmux.send("y")
        try #require(await tmux.waitFor("OCP 已接受 CREATE_BACKUP_STRATEGY"), "no success: \(tmux.capture())")

        let shown = try await simulator.command(["strategy", "show", String(ConsoleWizardTests.orders), "-o", "json"])
        #expect(shown.status == 0, "\(shown.output)")
        let strategy = try OCPJSON.decoder().decode(BackupStrategy.self, from: Data(shown.output.utf8))
        #expect(strategy.obBackupScheduleConfig?.dayAndDataBackupModelMap == ["1": .full, "2": .incremental, "6": .full])
        #expect(strategy.obBackupServiceStorageConfig?.configName == "e2e_zh")

        try tmux.send("Enter")
        try #require(await tmux.waitFor("备份策略已创建"), "no flash in Chinese: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }

    @Test func aTerminalThatIsNotUTF8GetsEnglishInASCII() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun(["--lang", "zh-CN"], environment: simulator.environment.merging(["LANG": "C"]) { _, new in new })
        #expect(await run.tmux.waitFor("payments-43"), "no cluster list: \(run.tmux.capture())")
        let screen = run.tmux.capture()
        #expect(screen.contains("+-") && screen.contains("NAME") && !screen.contains("名称"), "\(screen)")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        await simulator.stop()
    }

    @Test func theLocaleChoosesChineseAndNoColorStaysMonochrome() async throws {
        let simulator = try await SimulatorProcess()
        let environment = simulator.environment.merging(["LC_MESSAGES": "zh_CN.UTF-8", "NO_COLOR": "1"]) { _, new in new }
        let run = try ConsoleRun([], environment: environment)
        #expect(await run.tmux.waitFor("payments-43"), "no cluster list: \(run.tmux.capture())")
        #expect(await run.tmux.waitFor("名称"), "the locale did not choose Chinese: \(run.tmux.capture())")
        let painted = run.tmux.captureWithAttributes()
        #expect(!ConsoleAppearanceTests.usesColor(painted), "\(painted.prefix(300).debugDescription)")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        await simulator.stop()
    }
}
