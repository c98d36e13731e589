import Glibc

/// Starts programs with `posix_spawnp` (signal mask cleared and dispositions reset, since the
/// test runner's threads may block signals the children must receive) and waits for them
/// without holding a thread: the exit is checked with `waitpid(WNOHANG)` between short naps.
enum Spawn {
    struct Failed: Error, CustomStringConvertible {
        let arguments: [String]
        let code: Int32
        var description: String { "\(arguments.joined(separator: " ")) could not start (\(code))" }
    }

    /// Starts `arguments` with standard input from `/dev/null` and output (both streams) to
    /// `outputPath` (or `/dev/null`), with `environment` (or this process's); returns its pid.
    static func start(_ arguments: [String], environment: [String: String]? = nil, outputPath: String? = nil) throws -> pid_t {
        try withFileActions(outputPath: outputPath, readEnd: nil, writeEnd: nil) { actions, attributes in
            try spawn(arguments, environment: environment, actions: &actions, attributes: &attributes)
        }
    }

    /// Runs a short command (such as `tmux capture-pane`) to its end and returns its output.
    static func output(_ arguments: [String]) throws -> String {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw Failed(arguments: arguments, code: errno) }
        let pid: pid_t
        do {
            pid = try withFileActions(outputPath: nil, readEnd: descriptors[0], writeEnd: descriptors[1]) { actions, attributes in
                try spawn(arguments, environment: nil, actions: &actions, attributes: &attributes)
            }
        } catch {
            close(descriptors[0])
            close(descriptors[1])
            throw error
        }
        close(descriptors[1])
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptors[0], &chunk, chunk.count)
            if count > 0 {
                output += chunk[0..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(descriptors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    /// The exit status of `pid` (128 + n when signal n ended it), or `nil` when it is still
    /// running after `limit`.
    static func waitForExit(_ pid: pid_t, limit: Duration = .seconds(30)) async -> Int32? {
        let deadline = ContinuousClock.now + limit
        repeat {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
            if result < 0, errno != EINTR { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        } while ContinuousClock.now < deadline
        return nil
    }

    private static func withFileActions<T>(
        outputPath: String?, readEnd: Int32?, writeEnd: Int32?,
        _ body: (inout posix_spawn_file_actions_t, inout posix_spawnattr_t) throws -> T
    ) rethrows -> T {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let writeEnd, let readEnd {
            posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addclose(&actions, readEnd)
            posix_spawn_file_actions_addclose(&actions, writeEnd)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return try body(&actions, &attributes)
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
