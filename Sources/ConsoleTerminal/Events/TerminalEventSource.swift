import ConsoleUI
import Glibc

/// The run loop's one blocking call: waits in `poll(2)` on the terminal, the wake-up pipe and
/// forwarded signals, and returns the next event. Nothing runs between events — no tick and
/// no timeout unless the caller asks for one — so an idle console costs no CPU.
public final class TerminalEventSource {
    /// The pipe other tasks use to wake the loop.
    public let wakeUpPipe: WakeUpPipe
    private let screen: CursesScreen
    private let signalPipe: WakeUpPipe
    private var pending: [TerminalEvent] = []

    /// An event source reading `screen`'s input; `wakeUpPipe` is the one effects call.
    /// - Throws: ``TerminalError/cannotCreatePipe(errno:)``.
    public init(screen: CursesScreen, wakeUpPipe: WakeUpPipe) throws {
        self.screen = screen
        self.wakeUpPipe = wakeUpPipe
        self.signalPipe = try WakeUpPipe()
        if screen.isInteractive {
            TerminalSafety.forwardSignals(to: signalPipe.writeDescriptor)
        }
    }

    deinit {
        if screen.isInteractive {
            TerminalSafety.stopForwardingSignals()
        }
    }

    /// The next event, waiting as long as needed, or at most `timeout` when one is given.
    public func nextEvent(timeout: Duration? = nil) -> TerminalEvent {
        if !pending.isEmpty { return pending.removeFirst() }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        var readableButEmpty = false
        while true {
            collectInput()
            if !pending.isEmpty { return pending.removeFirst() }
            var descriptors = [
                pollfd(fd: screen.inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeUpPipe.readDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalPipe.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let result = poll(&descriptors, nfds_t(descriptors.count), Self.milliseconds(until: deadline))
            if result < 0 {
                if errno == EINTR { continue }
                return .inputClosed
            }
            if result == 0 { return .timeout }
            if descriptors[2].revents != 0 { signalPipe.drain() }
            let woken = descriptors[1].revents != 0 && wakeUpPipe.drain()
            let inputFlags = descriptors[0].revents
            let consumed = collectInput()
            if pending.isEmpty, inputFlags != 0, !consumed {
                // Readable (or hung up) with nothing to read, twice running: the input is at its
                // end (a terminal that hung up, a closed pipe, a file). Polling again would spin.
                // Input ncurses took without making an event of it (a mouse press it folded into
                // its button state) is not an end.
                let hungUp = inputFlags & (Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)) != 0
                if hungUp || readableButEmpty { pending.append(.inputClosed) }
                readableButEmpty = true
            } else {
                readableButEmpty = false
            }
            if woken { pending.append(.wake) }
            if !pending.isEmpty { return pending.removeFirst() }
        }
    }

    /// Queues what the terminal sent; whether ncurses took any input.
    @discardableResult
    private func collectInput() -> Bool {
        let (inputs, consumed) = screen.readAvailableInput()
        guard !inputs.isEmpty else { return consumed }
        for decoded in KeyDecoder.decode(inputs) {
            switch decoded {
            case .key(let key):
                pending.append(.key(key))
            case .resize:
                pending.append(.resize(screen.updateSize()))
            }
        }
        return consumed
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant?) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = ContinuousClock.now.duration(to: deadline)
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
