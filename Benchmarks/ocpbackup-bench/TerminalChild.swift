import Foundation
import Glibc
import Synchronization

/// A program on a pseudo-terminal of its own, as over SSH: every byte it writes to the
/// terminal is kept with the moment it arrived (monotonic clock), and keys are typed into it.
final class TerminalChild: Sendable {
    /// The child's process id.
    let pid: pid_t
    /// When the child was spawned.
    let spawnedAt: ContinuousClock.Instant
    private let master: Int32
    private let output = Mutex(TerminalOutput())

    /// Starts `arguments` (`arguments[0]` is a path or a name looked up in `PATH`) on a new
    /// terminal of `rows` × `columns`, with `environment`.
    init(_ arguments: [String], environment: [String: String], rows: Int, columns: Int) throws {
        let (master, slave) = try PseudoTerminalCalls.open()
        try ChildProcess.run(["stty", "-F", slave, "rows", "\(rows)", "cols", "\(columns)", "sane"])
        self.master = master
        spawnedAt = ContinuousClock.now
        pid = try ChildProcess.spawn(arguments, environment: environment, terminal: slave)
        Thread.detachNewThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(master, &chunk, chunk.count)
                if count < 0, errno == EINTR { continue }
                let now = ContinuousClock.now
                guard count > 0 else {
                    self.output.withLock { $0.ended = true }
                    return
                }
                self.output.withLock { $0.append(chunk[0..<count], at: now) }
            }
        }
    }

    /// Types `text` (keys as the terminal would send them).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The bytes received so far.
    var byteCount: Int { output.withLock { $0.bytes.count } }

    /// When the output first contained `text`, waiting up to `limit`.
    func waitFor(_ text: String, limit: Duration) -> ContinuousClock.Instant? {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let found = output.withLock({ $0.arrival(of: needle) }) { return found }
            usleep(2000)
        }
        return nil
    }

    /// Waits until no byte arrived for `quiet` (at most `limit`); the byte count then.
    @discardableResult
    func waitForQuiet(_ quiet: Duration, limit: Duration = .seconds(30)) -> Int {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let last = output.withLock { $0.lastArrival }
            if let last, ContinuousClock.now - last >= quiet { break }
            if last == nil, ContinuousClock.now - spawnedAt >= quiet { break }
            usleep(5000)
        }
        return byteCount
    }

    /// The bytes one key causes: typed, then waited for until the output is quiet.
    func bytes(forKey key: String, quiet: Duration = .milliseconds(250)) -> Int {
        let before = waitForQuiet(quiet)
        type(key)
        let deadline = ContinuousClock.now + .seconds(5)
        while byteCount == before, ContinuousClock.now < deadline { usleep(1000) }
        return waitForQuiet(quiet) - before
    }

    /// When the first byte arrived.
    var firstByteAt: ContinuousClock.Instant? { output.withLock { $0.firstArrival } }

    /// Ends the child: `signal`, then SIGKILL if it is still there after two seconds.
    func stop(signal: Int32 = SIGKILL) {
        ChildProcess.stop(pid, signal: signal)
        close(master)
    }
}
