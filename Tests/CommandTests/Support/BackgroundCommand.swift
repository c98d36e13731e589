import Foundation
import TestSupport

/// A long-running process (such as `ocpbackup sim`) whose output is read as it appears.
final class BackgroundCommand {
    private let pid: pid_t
    private let output: String
    private var exitStatus: Int32?

    /// Starts `executable arguments…` (by default `ocpbackup`) with the runner's environment.
    init(_ runner: CommandRunner, _ arguments: [String], executable: String? = nil) throws {
        output = runner.home.appendingPathComponent("background-\(UUID().uuidString)").path
        pid = try ChildProcess.start(
            [try executable ?? CommandRunner.executable] + arguments, environment: runner.processEnvironment, outputPath: output)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = ChildProcess.exitStatusIfEnded(pid)
        }
    }

    /// Everything printed so far.
    var text: String { (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }

    /// Waits until the output matches `pattern` (a regular expression) and returns the match;
    /// fails after `limit` (the output read once more then) or when the process exits first.
    func waitFor(_ pattern: String, limit: Duration = .seconds(30)) async throws -> String {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let current = text
            if let range = current.range(of: pattern, options: .regularExpression) { return String(current[range]) }
            if exitStatus == nil { exitStatus = ChildProcess.exitStatusIfEnded(pid) }
            if exitStatus != nil { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        // A busy cooperative pool may wake this task only after the deadline: look once more.
        let last = text
        if let range = last.range(of: pattern, options: .regularExpression) { return String(last[range]) }
        throw CommandTestFailure("no output matching \(pattern); got: \(last)")
    }

    /// Sends `signal` (SIGTERM by default) and waits for the exit status. Helper servers that
    /// are not `ocpbackup` get SIGKILL: they inherit this process's blocked SIGTERM.
    func terminate(signal: Int32 = SIGTERM) async -> Int32 {
        if let exitStatus { return exitStatus }
        kill(pid, signal)
        let status = await ChildProcess.waitForExit(pid) ?? -1
        exitStatus = status
        return status
    }
}
