import ConsoleUI
import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// The real console in tmux against the hostile fleet: every detail, the edit wizard of hostile
/// strategies, a resize; what reached the terminal carries no OSC, DCS, BEL, NUL, DEL or C1
/// control and none of the data's escape sequences, the window title is unchanged, and the
/// list's columns stay aligned.
@Suite(.serialized) struct HostileConsoleTests {
    /// Raw fragments of the corpus that must never reach the terminal as they are.
    static let fragments = [
        "clear\u{1B}[2J", "\u{1B}[31mALERT", "\u{1B}]0;pwned", "\u{1B}]2;pwned", "pwned\u{07}", "carriage\rreturn", "back\u{08}",
        "del\u{7F}", "nul\u{0}", "bidi\u{202E}", "iso\u{2066}", "zero\u{200B}", "width\u{FEFF}", "line\nfeed",
    ]

    @Test func hostileDataNeverReachesTheTerminalRaw() async throws {
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, fixtures: .hostile, seed: 8))
        do {
            try await Self.session(server)
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }

    static func session(_ server: SimulatorServer) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "OCP_URL": server.baseURL, "OCP_ACCESS_KEY_ID": DemoCredentials.accessKeyId,
            "OCP_ACCESS_KEY_SECRET": DemoCredentials.accessKeySecret,
        ]
        let run = try ConsoleRun([], environment: environment, columns: 100, rows: 30)
        let tmux = run.tmux
        let raw = home.appendingPathComponent("raw").path
        try tmux.run(["pipe-pane", "-o", "-t", tmux.target, "cat >> '\(raw)'"])
        let title = tmux.format("#{pane_title}")
        let count = HostileFixtures.seeds.count
        try #require(await tmux.waitFor("Clusters · \(count)"), "no hostile list: \(tmux.capture())")
        try tmux.send("C-l")
        Self.expectAligned(await Self.settledList(tmux, count: count), columns: 100)

        var details = 0
        var wizards = 0
        var storageSteps = 0
        for _ in 0..<count {
            // The Ability tab (hostile texts, or OCP's hostile error), then the Strategy tab.
            try tmux.send("Enter", "3")
            _ = await tmux.waitForScreen(.seconds(20)) { screen in
                screen.contains("Esc back") && !screen.contains("Loading…") && (screen.contains("Backup modes") || screen.contains("✗ "))
            }
            try tmux.send("2")
            let loaded = await tmux.waitForScreen(.seconds(20)) { screen in
                screen.contains("Esc back") && !screen.contains("Loading…")
                    && (screen.contains("· Mode:") || screen.contains("No backup strategy"))
            }
            if loaded { details += 1 }
            let editable = tmux.capture().split(separator: "\n").contains { $0.contains("Actions:") && $0.contains("e edit") }
            if editable, wizards < 3 {
                try tmux.send("e")
                if await tmux.waitFor("Edit strategy", limit: .seconds(20)) {
                    wizards += 1
                    for _ in 0..<6 { try tmux.send("Enter") }
                    _ = await tmux.waitForScreen(.seconds(20)) { $0.contains("Next refused") || $0.contains("Send this request") }
                    if tmux.capture().contains("Configuration name") { storageSteps += 1 }
                    try tmux.send("Escape")
                    _ = await tmux.waitForScreen(.seconds(5)) { !$0.contains("Send this request") }
                    try tmux.send("Escape")
                    _ = await tmux.waitForScreen(.seconds(5)) { !$0.contains("Edit strategy") }
                }
            }
            try tmux.send("Escape")
            _ = await tmux.waitFor("jk move", limit: .seconds(20))
            try tmux.send("j")
        }
        #expect(details == count, "every detail was shown")
        #expect(wizards == 3, "the edit wizard opened on hostile strategies")
        #expect(storageSteps >= 1, "a hostile strategy's storage was shown in the wizard")
        try tmux.resize(columns: 80, rows: 24)
        try tmux.send("g", "C-l")
        Self.expectAligned(await Self.settledList(tmux, count: count), columns: 80)
        #expect(tmux.format("#{pane_title}") == title, "the window title changed")
        try tmux.send("q")
        if await run.exitStatus(limit: .seconds(3)) == nil { try tmux.send("y") }
        #expect(await run.exitStatus() == 0, "\(run.standardError)")
        run.expectRestored()

        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: raw)))
        let byteCount = bytes.count
        #expect(byteCount > 10_000, "the terminal output was recorded")
        let escapes = TerminalBytes.forbiddenEscapes(in: bytes)
        #expect(escapes.isEmpty, "\(escapes.prefix(5))")
        let controls = TerminalBytes.forbiddenControls(in: bytes)
        #expect(controls.isEmpty, "\(controls.prefix(5))")
        for fragment in Self.fragments {
            let leaked = TerminalBytes.contains(bytes, fragment)
            #expect(!leaked, "\(fragment.debugDescription) reached the terminal")
        }
        for drawn in ["family", "长a长a", "生产集群", "clear\u{FFFD}[2J", "title\u{FFFD}]0;pwned"] {
            let found = TerminalBytes.contains(bytes, drawn)
            #expect(found, "\(drawn) was not drawn")
        }
        #expect(tmux.format("#{pane_title}") == title, "the window title changed")
    }

    /// The pane once the whole list is drawn and the screen no longer changes between two looks
    /// (a redraw can be caught half-way otherwise); the last look after 30 seconds.
    static func settledList(_ tmux: TmuxServer, count: Int) async -> String {
        var previous = ""
        var settled = ""
        _ = await tmux.waitForScreen { screen in
            defer { previous = screen }
            settled = screen
            return screen == previous && screen.contains("Clusters · \(count)") && !screen.contains("Loading…")
        }
        return settled
    }

    /// The display columns where ` RUNNING ` (` RUN ` where the list abbreviates the status)
    /// and ` 4.2.1.0 ` start, over every line of `screen`.
    static func columnStarts(_ screen: String) -> (status: Set<Int>, version: Set<Int>, isAligned: Bool) {
        var statusColumns = Set<Int>()
        var versionColumns = Set<Int>()
        for whole in screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = whole.components(separatedBy: "││").first ?? whole
            if let range = line.range(of: " RUNNING ") ?? line.range(of: " RUN ") {
                statusColumns.insert(DisplayWidth.width(of: String(line[..<range.lowerBound])))
            }
            if let range = line.range(of: " 4.2.1.0 ") { versionColumns.insert(DisplayWidth.width(of: String(line[..<range.lowerBound]))) }
        }
        return (statusColumns, versionColumns, statusColumns.count == 1 && versionColumns.count == 1)
    }

    /// The list's status column (and version column, when the list is wide enough to show it)
    /// starts at the same display column on every row, and no line is wider than the pane.
    static func expectAligned(_ screen: String, columns: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in screen.split(separator: "\n") {
            #expect(DisplayWidth.width(of: String(line)) <= columns, "too wide: \(line)", sourceLocation: sourceLocation)
        }
        let starts = columnStarts(screen)
        #expect(starts.status.count == 1, "status columns \(starts.status.sorted())\n\(screen)", sourceLocation: sourceLocation)
        if screen.contains("VERSION") {
            #expect(starts.version.count == 1, "version columns \(starts.version.sorted())\n\(screen)", sourceLocation: sourceLocation)
        }
    }
}
