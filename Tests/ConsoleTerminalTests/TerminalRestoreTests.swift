import Foundation
import TestSupport
import Testing

extension TerminalTests {
    /// The terminal probe (`ocpbackup-terminal-probe`, built with the tests) in a real terminal:
    /// every way out leaves the terminal modes as they were, the alternate screen off and the
    /// cursor visible.
    @Suite struct TerminalRestoreTests {
        static let exits: [(TerminalExit, Int)] = [
            (.key("q"), 0), (.signal(SIGTERM), 128 + Int(SIGTERM)), (.signal(SIGHUP), 128 + Int(SIGHUP)),
            (.signal(SIGINT), 128 + Int(SIGINT)), (.signal(SIGQUIT), 128 + Int(SIGQUIT)),
            (.signal(SIGSEGV), 128 + Int(SIGSEGV)), (.signal(SIGABRT), 128 + Int(SIGABRT)),
            (.signal(SIGILL), 128 + Int(SIGILL)), (.signal(SIGTRAP), 128 + Int(SIGTRAP)),
            (.signal(SIGBUS), 128 + Int(SIGBUS)), (.signal(SIGFPE), 128 + Int(SIGFPE)),
        ]

        @Test(arguments: exits) func everyExitRestoresTheTerminal(exit: TerminalExit, expectedStatus: Int) async throws {
            let run = try await ProbeRun(arguments: "--mouse")
            #expect(run.session.format("#{alternate_on} #{mouse_any_flag}") == "1 1")
            switch exit {
            case .key(let key): try run.session.send(key)
            case .signal(let number): kill(run.pid, number)
            }
            let status = try await run.waitForExitStatus()
            #expect(status == expectedStatus)
            run.expectRestored()
        }

        @Test func aSwiftTrapRestoresTheTerminal() async throws {
            let run = try await ProbeRun()
            try run.session.send("c")
            let status = try await run.waitForExitStatus()
            #expect(status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP))
            run.expectRestored()
        }

        /// Ctrl-Z arrives as a key in raw mode (the probe suspends itself); `kill -TSTP` is
        /// handled by ncurses' own SIGTSTP handler. Either way the shell gets its terminal back
        /// and `fg` repaints.
        @Test(arguments: ["key", "signal"]) func suspendingAndContinuingRepaints(how: String) async throws {
            let run = try await ProbeRun()
            if how == "key" {
                try run.session.send("C-z")
            } else {
                kill(run.pid, SIGTSTP)
            }
            #expect(await run.session.waitForScreen { $0.contains("probe stopped") && run.isStopped })
            #expect(run.session.format("#{alternate_on} #{cursor_flag}") == "0 1")
            try run.session.send("Enter")
            #expect(await run.session.waitForScreen { $0.contains("PROBE READY") && run.session.format("#{alternate_on}") == "1" })
            try run.session.send("j")
            #expect(await run.session.waitForScreen { $0.contains("last key: character(\"j\")") })
            try run.session.send("q")
            #expect(try await run.waitForExitStatus() == 0)
            run.expectRestored()
        }

        @Test func resizeReachesTheProgramWhileItWaits() async throws {
            let run = try await ProbeRun()
            try run.session.resize(columns: 60, rows: 20)
            #expect(await run.session.waitForScreen { $0.contains("PROBE READY 60x20") })
            try run.session.resize(columns: 100, rows: 30)
            #expect(await run.session.waitForScreen { $0.contains("PROBE READY 100x30") })
            try run.session.send("q")
            #expect(try await run.waitForExitStatus() == 0)
            run.expectRestored()
        }
    }
}
