import Foundation
import TestSupport

/// Runs the built `ocpbackup` executable as a user would, with a controlled environment.
struct CommandRunner {
    /// What a run produced.
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The peak resident memory of the run (its largest process), KiB.
        var peakResidentKiB = -1
    }

    /// A private HOME and XDG directories, so no user configuration leaks in.
    let home: URL
    /// Extra environment variables.
    var environment: [String: String] = [:]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The executable built beside the test bundle.
    static var executable: String {
        get throws { try BuiltProduct.ocpbackup() }
    }

    /// Writes a file in the private home with the given mode.
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url.path
    }

    /// The child's whole environment: a private HOME and XDG directories plus `environment`.
    var processEnvironment: [String: String] {
        var env = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        env.merge(environment) { _, new in new }
        return env
    }

    /// Runs `ocpbackup arguments…` with standard input from `/dev/null` and waits for it
    /// without blocking a thread (the simulator may be serving it from this process).
    func run(_ arguments: [String]) async throws -> Outcome {
        try await launch([try Self.executable] + arguments)
    }

    /// Runs `/bin/sh -c script` with `$0` the executable and `$1…` the `arguments`, so a test
    /// can feed it from a pipe (`yes … | "$0" "$@"`).
    func runPiped(_ script: String, _ arguments: [String]) async throws -> Outcome {
        try await launch(["/bin/sh", "-c", script, try Self.executable] + arguments)
    }

    /// Runs `command` under GNU `time`, which forks it and reports its peak resident memory.
    /// Reading `wait4`'s figure for a child of this process would not do: Linux starts a spawned
    /// child's high-water mark at the test runner's own resident size, which in a parallel run
    /// is larger than any limit a test sets.
    private func launch(_ command: [String]) async throws -> Outcome {
        let out = home.appendingPathComponent("stdout-\(UUID().uuidString)").path
        let err = home.appendingPathComponent("stderr-\(UUID().uuidString)").path
        let memory = home.appendingPathComponent("memory-\(UUID().uuidString)").path
        let measured = [Self.timeProgram, "-f", "%M", "-o", memory] + command
        let pid = try ChildProcess.start(measured, environment: processEnvironment, outputPath: out, errorPath: err, ownGroup: true)
        let ending = await ChildProcess.waitForEnding(pid, limit: .seconds(120))
        if ending == nil {
            kill(-pid, SIGKILL)
            _ = await ChildProcess.waitForEnding(pid)
        }
        let report = (try? String(contentsOfFile: memory, encoding: .utf8)) ?? ""
        return Outcome(
            status: ending?.status ?? -1,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
            peakResidentKiB: report.split(separator: "\n").last.flatMap { Int($0) } ?? -1)
    }

    /// GNU time (Debian's `time` package, installed by `scripts/test` when missing).
    static let timeProgram = "/usr/bin/time"
}
