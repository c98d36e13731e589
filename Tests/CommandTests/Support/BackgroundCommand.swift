import Foundation

/// A long-running process (such as `ocpbackup sim`) whose output is read as it appears.
final class BackgroundCommand: @unchecked Sendable {
    // @unchecked: `process` is only touched from the test that owns this object.
    private let process = Process()
    private let output: URL

    /// Starts `executable arguments…` (by default `ocpbackup`) with the runner's environment.
    init(_ runner: CommandRunner, _ arguments: [String], executable: URL = CommandRunner.executable) throws {
        output = runner.home.appendingPathComponent("background-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = runner.processEnvironment
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
    }

    /// Everything printed so far.
    var text: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Waits until the output matches `pattern` (a regular expression) and returns the match;
    /// fails after `limit` or when the process exits first.
    func waitFor(_ pattern: String, limit: Duration = .seconds(30)) async throws -> String {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let current = text
            if let range = current.range(of: pattern, options: .regularExpression) { return String(current[range]) }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CommandTestFailure("no output matching \(pattern); got: \(text)")
    }

    /// Sends `signal` (SIGTERM by default) and waits for the exit status. Helper servers that
    /// are not `ocpbackup` get SIGKILL: they inherit this process's blocked SIGTERM.
    func terminate(signal: Int32 = SIGTERM) async -> Int32 {
        kill(process.processIdentifier, signal)
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }
}
