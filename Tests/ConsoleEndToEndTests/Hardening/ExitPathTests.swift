import Foundation
import OCPSimulator
import Testing

/// The exit paths the README's Reliability section lists that ``ConsoleExitTests`` leaves out (it has `q`, SIGTERM and
/// SIGHUP): SIGINT and SIGQUIT from outside, and real crashes made by the hidden
/// `--debug-crash` once the first frame is drawn (a Swift trap, `abort`, a segfault, a bus
/// error, SIGFPE), plus SIGILL and SIGTRAP sent from outside, since a trap shows as only one of
/// them on a given machine. Each leaves the terminal as it was (same `stty -g`, alternate screen
/// off, cursor visible), ends with the signal's status, and says on standard error what
/// happened, without any secret.
@Suite struct ExitPathTests {
    enum Ending: CustomStringConvertible, Sendable {
        case signal(Int32)
        case crash(String)

        var description: String {
            switch self {
            case .signal(let number): "signal \(number)"
            case .crash(let kind): "--debug-crash \(kind)"
            }
        }
    }

    static let endings: [(Ending, [Int32], String)] = [
        (.signal(SIGINT), [SIGINT], "interrupted (SIGINT)"),
        (.signal(SIGQUIT), [SIGQUIT], "quit (SIGQUIT)"),
        (.signal(SIGILL), [SIGILL], "crashed (SIGILL"),
        (.signal(SIGTRAP), [SIGTRAP], "crashed (SIGTRAP"),
        (.crash("trap"), [SIGILL, SIGTRAP], "the crash was asked for"),
        (.crash("abort"), [SIGABRT], "crashed (SIGABRT"),
        (.crash("segfault"), [SIGSEGV], "crashed (SIGSEGV"),
        (.crash("bus"), [SIGBUS], "crashed (SIGBUS"),
        (.crash("fpe"), [SIGFPE], "crashed (SIGFPE"),
    ]

    @Test(arguments: endings)
    func theTerminalComesBack(ending: Ending, signals: [Int32], message: String) async throws {
        let simulator = try await SimulatorProcess()
        var arguments = ["tui"]
        if case .crash(let kind) = ending { arguments += ["--debug-crash", kind] }
        let run = try ConsoleRun(arguments, environment: simulator.environment)
        if case .signal(let number) = ending {
            #expect(await run.tmux.waitFor("payments-43"), "the console did not show the clusters: \(run.tmux.capture())")
            #expect(run.tmux.format("#{alternate_on}") == "1")
            kill(try #require(run.consolePid), number)
        }
        let status = await run.exitStatus()
        #expect(signals.map { 128 + Int($0) }.contains(status ?? -1), "status \(status.map(String.init) ?? "none"), stderr: \(run.standardError)")
        run.expectRestored()
        let standardError = run.standardError
        #expect(standardError.contains(message), "stderr: \(standardError)")
        if case .crash = ending {
            #expect(standardError.contains("ocpbackup: crashed ("), "stderr: \(standardError)")
        }
        for text in [standardError, run.tmux.capture()] {
            #expect(!text.contains(DemoCredentials.accessKeySecret), "a secret reached the crash message: \(text)")
        }
        await simulator.stop()
    }

    @Test func theCrashSwitchIsHidden() async throws {
        let simulator = try await SimulatorProcess()
        for command in [["tui", "--help"], ["demo", "--help"]] {
            let outcome = try await simulator.command(command)
            #expect(outcome.status == 0)
            #expect(!outcome.output.contains("debug-crash"), "\(outcome.output)")
        }
        await simulator.stop()
    }
}
