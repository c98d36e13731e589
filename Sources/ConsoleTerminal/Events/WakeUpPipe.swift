import Glibc

/// A pipe that wakes the run loop: any task or thread calls ``wake()``, and the loop, which
/// blocks in `poll(2)` on ``readDescriptor``, returns. Both ends are non-blocking, so a burst
/// of wake-ups fills the pipe at most and never blocks the caller.
public final class WakeUpPipe: Sendable {
    /// The end the loop polls and drains.
    public let readDescriptor: Int32
    /// The end ``wake()`` writes to.
    public let writeDescriptor: Int32

    /// A new pipe.
    /// - Throws: ``TerminalError/cannotCreatePipe(errno:)``.
    public init() throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw TerminalError.cannotCreatePipe(errno: errno) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        Glibc.close(readDescriptor)
        Glibc.close(writeDescriptor)
    }

    /// Wakes the loop. Thread-safe; a full pipe already means a wake-up is pending.
    public func wake() {
        var byte: UInt8 = 1
        while write(writeDescriptor, &byte, 1) < 0, errno == EINTR {}
    }

    /// Empties the pipe and tells whether anything was in it.
    @discardableResult
    public func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var drained = false
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            if count > 0 {
                drained = true
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return drained
            }
        }
    }
}
