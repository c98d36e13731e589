import Foundation
import OCPAPI

/// Runs a profile's secret command (`passwordCommand`, `accessKeySecretCommand`) and takes the
/// first line it prints, like a git credential helper. The secret never appears in an argument
/// list, and the child's environment carries no OCP secret: neither the standard variables nor
/// those the profile names (`hiding`).
///
/// The command is bounded: its first line may be at most `InputLimit.secret` long (the rest of
/// its output is read and dropped), and it must finish within the profile's
/// `secretCommandTimeout` (`InputBounds.secretCommandTimeout` by default). It runs in a process
/// group of its own, so when it is stopped everything it started is stopped with it. Errors
/// name the profile and the key, never what the command printed.
struct SecretCommand {
    /// The shell command.
    let command: String
    /// The profile's key: `passwordCommand` or `accessKeySecretCommand`.
    let key: String
    /// The profile's name.
    let profile: String
    /// How long the command may run.
    let timeout: Duration

    /// How the command's run ended.
    private enum Ending {
        case exited(Int32)
        case tooLong, timedOut
    }

    /// Runs the command with `environment` minus the OCP secrets and `hiding`.
    /// - Throws: a usage failure when it cannot start, prints an over-long or empty line, fails,
    ///   or runs past the timeout (it is then killed with its process group).
    func run(environment: [String: String], hiding: [String] = []) throws(CommandFailure) -> Secret {
        let hidden = Set(["OCP_PASSWORD", "OCP_ACCESS_KEY_SECRET"] + hiding)
        let (pid, output) = try spawn(environment: environment.filter { !hidden.contains($0.key) })
        var line: [UInt8] = []
        let ending = follow(pid, output: output, line: &line, until: ContinuousClock.now + timeout)
        close(output)
        switch ending {
        case .tooLong:
            stop(pid)
            throw failure(
                "printed more than \(InputLimit.secret.sizeText) before its first line ended (the limit for \(InputLimit.secret.what)); it was stopped"
            )
        case .timedOut:
            stop(pid)
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            let text = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            throw failure("did not finish within \(text) s and was stopped; if it needs longer, raise secretCommandTimeout in the profile")
        case .exited(let status) where status != 0:
            throw failure(status > 128 ? "was ended by signal \(status - 128)" : "failed with exit status \(status)")
        case .exited:
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            guard !line.isEmpty else { throw failure("printed nothing") }
            return Secret(String(decoding: line, as: UTF8.self))
        }
    }

    /// `The passwordCommand of profile 'prod' …`.
    private func failure(_ what: String) -> CommandFailure {
        .usage("The \(key) of profile '\(InputExcerpt.clipped(profile))' \(what).")
    }

    /// Starts `/bin/sh -c command` in its own process group, standard input from `/dev/null`,
    /// standard output into a pipe, no signal blocked or ignored (a pipeline in the command ends
    /// on SIGPIPE as in a shell); returns the pid and the pipe's reading end.
    private func spawn(environment: [String: String]) throws(CommandFailure) -> (pid_t, Int32) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw failure("could not be started (\(String(cString: strerror(errno))))") }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        close(descriptors[1])
        guard code == 0 else {
            close(descriptors[0])
            throw failure("could not be started (\(String(cString: strerror(code))))")
        }
        return (pid, descriptors[0])
    }

    /// Reads the first line into `line` (at most `InputLimit.secret` bytes) and drops the rest
    /// of the output, until the command has exited and its output has ended (or the command has
    /// exited and nothing more is waiting), the line runs past its limit, or the deadline passes.
    private func follow(_ pid: pid_t, output: Int32, line: inout [UInt8], until deadline: ContinuousClock.Instant) -> Ending {
        var chunk = [UInt8](repeating: 0, count: 4096)
        var status: Int32?
        var outputOpen = true
        var complete = false
        while true {
            if status == nil { status = Self.exitStatus(pid) }
            if ContinuousClock.now >= deadline { return status.map(Ending.exited) ?? .timedOut }
            guard outputOpen else {
                if let status { return .exited(status) }
                usleep(10_000)
                continue
            }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, status == nil ? 20 : 0)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 {
                if let status { return .exited(status) }
                continue
            }
            let count = Foundation.read(output, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                outputOpen = false
                continue
            }
            guard !complete else { continue }
            let received = chunk[0..<count]
            let newline = received.firstIndex(of: UInt8(ascii: "\n"))
            line.append(contentsOf: received[..<(newline ?? received.endIndex)])
            complete = newline != nil
            if line.count > InputLimit.secret.bytes {
                line.removeAll()
                return .tooLong
            }
        }
    }

    /// The exit status (128 + n for signal n) once `pid` has ended, reaping it; `nil` while it runs.
    private static func exitStatus(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, WNOHANG) } while result < 0 && errno == EINTR
        guard result == pid else { return result < 0 ? -1 : nil }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Kills the command's process group and reaps the command (when it has not been reaped).
    private func stop(_ pid: pid_t) {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }
}
