import Glibc

/// Starts programs with `posix_spawnp` (signal mask cleared and dispositions reset, since the
/// test runner's threads may block signals the children must receive) and waits for them
/// without holding a thread: the exit is checked with `waitpid(WNOHANG)` between short naps.
public enum ChildProcess {
    /// A program that could not be started.
    public struct Failed: Error, CustomStringConvertible {
        /// The command line.
        public let arguments: [String]
        /// The `posix_spawnp` or `pipe` error number.
        public let code: Int32
        /// The command line and the error number.
        public var description: String { "\(arguments.joined(separator: " ")) could not start (\(code))" }
    }

    /// Starts `arguments` (the first looked up in `PATH`) with standard input from `/dev/null`,
    /// standard output to `outputPath` and standard error to `errorPath` (each `/dev/null` when
    /// absent; standard error follows standard output when only `outputPath` is given), with
    /// `environment` (or this process's); returns its pid. With `ownGroup` it leads a process
    /// group of its own, so `kill(-pid, …)` reaches everything it started.
    public static func start(
        _ arguments: [String], environment: [String: String]? = nil, outputPath: String? = nil, errorPath: String? = nil,
        ownGroup: Bool = false
    ) throws -> pid_t {
        try withAttributes(ownGroup: ownGroup) { attributes in
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o600)
            if let errorPath {
                posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            } else {
                posix_spawn_file_actions_adddup2(&actions, 1, 2)
            }
            return try spawn(arguments, environment: environment, actions: &actions, attributes: &attributes)
        }
    }

    /// Runs a short command (such as `tmux capture-pane`) to its end and returns its standard
    /// output; its standard error is discarded.
    public static func output(_ arguments: [String]) throws -> String {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw Failed(arguments: arguments, code: errno) }
        let pid: pid_t
        do {
            pid = try withAttributes { attributes in
                var actions = posix_spawn_file_actions_t()
                posix_spawn_file_actions_init(&actions)
                defer { posix_spawn_file_actions_destroy(&actions) }
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addclose(&actions, descriptors[0])
                posix_spawn_file_actions_addclose(&actions, descriptors[1])
                return try spawn(arguments, environment: nil, actions: &actions, attributes: &attributes)
            }
        } catch {
            close(descriptors[0])
            close(descriptors[1])
            throw error
        }
        close(descriptors[1])
        let output = readToEnd(descriptors[0])
        close(descriptors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    /// The exit status of `pid` (128 + n when signal n ended it) if it has ended (and reaps
    /// it), or `nil` while it runs.
    public static func exitStatusIfEnded(_ pid: pid_t) -> Int32? {
        endingIfEnded(pid)?.status
    }

    /// How a process ended: its exit status (128 + n for signal n) and its peak resident memory.
    public struct Ending: Sendable {
        /// The exit status.
        public let status: Int32
        /// `wait4`'s `ru_maxrss`, KiB; -1 when it could not be reaped. Linux starts a spawned
        /// child's figure at this process's own resident size, so it bounds nothing below that:
        /// measure a child's memory through GNU `time` instead (see `CommandRunner`).
        public let peakResidentKiB: Int
    }

    /// How `pid` ended if it has (and reaps it), or `nil` while it runs.
    public static func endingIfEnded(_ pid: pid_t) -> Ending? {
        var status: Int32 = 0
        var usage = rusage()
        var result: pid_t
        repeat { result = wait4(pid, &status, WNOHANG, &usage) } while result < 0 && errno == EINTR
        guard result == pid else { return result < 0 ? Ending(status: -1, peakResidentKiB: -1) : nil }
        let signal = status & 0x7F
        return Ending(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, peakResidentKiB: Int(usage.ru_maxrss))
    }

    /// How `pid` ended, or `nil` when it is still running after `limit`.
    public static func waitForEnding(_ pid: pid_t, limit: Duration = .seconds(30)) async -> Ending? {
        let deadline = ContinuousClock.now + limit
        repeat {
            if let ending = endingIfEnded(pid) { return ending }
            try? await Task.sleep(for: .milliseconds(20))
        } while ContinuousClock.now < deadline
        return endingIfEnded(pid)
    }

    /// The exit status of `pid` (128 + n when signal n ended it), or `nil` when it is still
    /// running after `limit`.
    public static func waitForExit(_ pid: pid_t, limit: Duration = .seconds(30)) async -> Int32? {
        await waitForEnding(pid, limit: limit)?.status
    }

    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                output += chunk[0..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return output
            }
        }
    }

    private static func withAttributes<T>(ownGroup: Bool = false, _ body: (inout posix_spawnattr_t) throws -> T) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        let group = ownGroup ? POSIX_SPAWN_SETPGROUP : 0
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | group))
        return try body(&attributes)
    }

    private static func spawn(
        _ arguments: [String], environment: [String: String]?, actions: inout posix_spawn_file_actions_t,
        attributes: inout posix_spawnattr_t
    ) throws -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            for pointer in argv + (envp ?? []) { free(pointer) }
        }
        var pid: pid_t = 0
        let code =
            envp.map { envp in posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) }
            ?? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard code == 0 else { throw Failed(arguments: arguments, code: code) }
        return pid
    }
}
