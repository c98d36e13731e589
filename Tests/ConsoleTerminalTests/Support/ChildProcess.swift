import Glibc

/// Runs a program and waits for it with `posix_spawnp` and `waitpid` directly (Foundation's
/// `Process` can miss the exit of a child whose grandchild, the tmux server, lives on).
enum ChildProcess {
    struct Failed: Error, CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        var description: String { "\(arguments.joined(separator: " ")) failed with status \(status)" }
    }

    /// Runs `arguments` (the first is looked up in `PATH`) with standard input and error on
    /// `/dev/null`; returns its standard output when `readsOutput`, otherwise sends it to
    /// `/dev/null` too.
    static func run(_ arguments: [String], readsOutput: Bool) throws -> String {
        var outputPipe: [Int32] = [-1, -1]
        if readsOutput, pipe(&outputPipe) != 0 { throw Failed(arguments: arguments, status: -1) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if readsOutput {
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, outputPipe[0])
            posix_spawn_file_actions_addclose(&actions, outputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // The calling thread may be a dispatch worker with signals blocked; the child (and the
        // tmux server it starts, and the programs in its panes) must not inherit that.
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
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer {
            for argument in argv { free(argument) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        var output: [UInt8] = []
        if readsOutput {
            close(outputPipe[1])
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(outputPipe[0], &chunk, chunk.count)
                if count > 0 {
                    output += chunk[0..<count]
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            close(outputPipe[0])
        }
        guard spawned == 0 else { throw Failed(arguments: arguments, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }
}
