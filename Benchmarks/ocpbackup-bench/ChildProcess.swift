import Glibc

/// Starting, waiting for and stopping the programs the benchmark measures (`posix_spawnp`,
/// signal mask cleared and dispositions reset).
enum ChildProcess {
    /// Starts `arguments` in a new session with `terminal` (a pseudo-terminal's path) as
    /// standard input and output — and so as its controlling terminal — and standard error on
    /// `/dev/null`, or with standard output on `outputPath` when no terminal is given.
    static func spawn(
        _ arguments: [String], environment: [String: String]? = nil, terminal: String? = nil, outputPath: String? = nil
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let terminal {
            posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let newSession: Int32 = terminal == nil ? 0 : 0x80  // POSIX_SPAWN_SETSID
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | newSession))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            for pointer in argv + (envp ?? []) { free(pointer) }
        }
        var pid: pid_t = 0
        let code =
            envp.map { posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, $0) }
            ?? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard code == 0 else { throw BenchError("\(arguments[0]) could not start: error \(code)") }
        return pid
    }

    /// Runs a short command to its end.
    static func run(_ arguments: [String]) throws {
        let pid = try spawn(arguments)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard status == 0 else { throw BenchError("\(arguments.joined(separator: " ")) failed with status \(status)") }
    }

    /// Sends `signal`, waits up to two seconds, then SIGKILL, and reaps the process.
    static func stop(_ pid: pid_t, signal: Int32) {
        kill(pid, signal)
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }
}
