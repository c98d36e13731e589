import Foundation
import OCPAPI
import TestSupport
import Testing

/// The restore wizard by keyboard against `ocpbackup sim` as a child process whose clock runs
/// 600 times faster: a healthy tenant restored to a time inside its window and followed to the
/// end, and a time in the gap an interrupted log archive left refused with the nearest offered.
@Suite(.serialized) struct ConsoleRestoreTests {
    @Test func aHealthyTenantIsRestoredAndTheNewTenantIsListedUnderTheTarget() async throws {
        let simulator = try await SimulatorProcess(arguments: ConsoleOperationsTests.simulatorArguments)
        let run = try await ConsoleOperationsTests.open("交易", name: "交易核心集群", simulator: simulator)
        let tmux = run.tmux
        try tmux.send("t")
        try #require(
            await tmux.waitForScreen { $0.contains("Restore · 交易核心集群") && $0.contains("(•) ") && $0.contains(" to ") },
            "no tenants: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("chosen"), "no timeline: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("can take the tenant"), "no target step: \(tmux.capture())")
        let target = "payments-43"
        try tmux.send("j")
        try #require(await tmux.waitFor("(•) \(target)"), "\(target) not chosen: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("names taken"), "no name step: \(tmux.capture())")
        try tmux.type("trade_e2e")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Zone zone1"), "no zones: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Backup sets ("), "no preview: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("POST /api/v2/ob/clusters/1000001/backup/restore"), "no review: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Type the new tenant's name"), "no confirmation: \(tmux.capture())")
        try tmux.type("trade_e2e")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Task 3"), "no task view: \(tmux.capture())")
        try #require(
            await tmux.waitForScreen(.seconds(60)) { $0.contains("SUCCESSFUL") && $0.contains(" ended ") },
            "not followed to its end: \(tmux.capture())")
        try tmux.send("Escape")
        try #require(
            await tmux.waitForScreen { $0.contains("OCP accepted the restore") && $0.contains("trade_e2e") }, "no new tenant: \(tmux.capture())")
        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""operation":"restore""#), "audit: \(audit)")
        let tenants = try await simulator.command(["tenants", target])
        #expect(tenants.output.contains("trade_e2e"), "tenants of \(target): \(tenants.output)")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Backup: "), "the wizard did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func aTimeInTheGapOfAnInterruptedLogIsRefusedAndTheNearestTaken() async throws {
        let simulator = try await SimulatorProcess(arguments: ConsoleOperationsTests.simulatorArguments)
        let run = try await ConsoleOperationsTests.open("风控_主", name: "风控_主库", simulator: simulator)
        let tmux = run.tmux
        try tmux.send("t")
        try #require(await tmux.waitForScreen { $0.contains("Restore · 风控_主库") && $0.contains(" to ") }, "no tenants: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("gap "), "no gap in the timeline: \(tmux.capture())")
        let inGap = try #require(Self.timeInGap(tmux.capture()), "no gap line: \(tmux.capture())")
        for _ in 0..<12 { try tmux.send("BSpace") }
        try tmux.type(inGap.date)
        try tmux.send("Tab")
        for _ in 0..<14 { try tmux.send("BSpace") }
        try tmux.type(inGap.time)
        try tmux.send("Tab")
        for _ in 0..<8 { try tmux.send("BSpace") }
        try tmux.type("+00:00")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Not recoverable: that time falls in no window"), "not refused: \(tmux.capture())")
        #expect(tmux.capture().contains("] after"))
        try tmux.send("]")
        try #require(await tmux.waitForScreen { !$0.contains("Not recoverable") }, "the later time was not taken: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("can take the tenant"), "the taken time was refused: \(tmux.capture())")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Backup: "), "the wizard did not close: \(tmux.capture())")
        try tmux.send("q")
        try? tmux.send("y")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    /// A minute after the start of the first gap shown (`gap 11-18 10:00:00 → …`), in UTC.
    static func timeInGap(_ screen: String) -> (date: String, time: String)? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("gap ") }),
            let range = line.range(of: #"gap (\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)"#, options: .regularExpression)
        else { return nil }
        let text = line[range].dropFirst(4)
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 5 else { return nil }
        let minute = (parts[3] + 1) % 60
        let hour = parts[2] + (parts[3] + 1) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return ("2026-\(two(parts[0]))-\(two(parts[1]))", "\(two(hour)):\(two(minute)):\(two(parts[4]))")
    }
}
