import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct StrategyPresentationTests {
    @Test func noStrategyIsSaid() {
        #expect(StrategyPresentation.lines(for: .none, in: .english) == [AbilityLine(label: "Strategy", text: "No backup strategy", tone: .info)])
    }

    @Test func aStrategyIsSaidPartByPart() {
        let lines = StrategyPresentation.lines(for: .present(Fixtures.strategy()), in: .english)
        #expect(
            lines.map(\.text) == [
                "Physical backup", "Weekly: Tue Full, Thu Full, Sat Incremental at 02:00 UTC+08:00", "Keep 7 days at 03:00 UTC+08:00",
                "FILE file:///obbackup/ (nfs0907_1452, id 2000034, alert 80%)", "timeout 7 min, log delay 300 s, no success 2 d", "Off",
            ])
    }

    @Test func objectStorageShowsTheEndpointAndNeverTheSecret() {
        var strategy = Fixtures.ossStrategy()
        strategy.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret = Secret("leaked?")
        strategy.obBackupScheduleConfig?.backupScheduleMode = .month
        strategy.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["15": .full, "1": .full]
        let lines = StrategyPresentation.lines(for: .present(strategy), in: .english)
        #expect(lines[1].text == "Monthly: day 1 Full, day 15 Full at 02:00 UTC+08:00")
        #expect(lines[3].text == "OSS oss://bucket/backup (oss_main, id 2000035, oss-cn-hangzhou.aliyuncs.com)")
        #expect(!lines.map(\.text).joined().contains("leaked"))
    }

    @Test func thePaletteListsTheMatchingCommands() {
        var state = ConsoleState(profile: "p", readOnly: false)
        #expect(state.paletteMatches.isEmpty)
        state.dialog = .palette("")
        #expect(state.paletteMatches == PaletteCommand.allCases)
        state.dialog = .palette("e")
        #expect(state.paletteMatches == [.edit, .export])
        state.dialog = .palette("ex some/path.yaml")
        #expect(state.paletteMatches == [.export], "the path after the command does not hide it")
    }
}
