import ConsoleUI

/// The console's run loop: blocks in ``TerminalEventSource/nextEvent(timeout:)`` (no timeout, so
/// an idle console makes no wake-ups), handles every event that is already waiting as one
/// batch, then presents one frame. Keys, resizes and wake-ups reach the program through
/// ``LoopHandlers``; the loop owns only the screen.
public struct TerminalRunLoop {
    /// The screen frames are presented on.
    public let screen: CursesScreen
    /// Where events come from.
    public let events: TerminalEventSource

    /// A loop over `screen` and `events`.
    public init(screen: CursesScreen, events: TerminalEventSource) {
        self.screen = screen
        self.events = events
    }

    /// Runs until `shouldQuit` holds after a batch, or the input ends. The caller closes the
    /// screen afterwards.
    @discardableResult
    public func run(_ handlers: LoopHandlers) -> LoopExit {
        handlers.resized(screen.size)
        screen.present(handlers.render(screen.size))
        while !handlers.shouldQuit() {
            var event = events.nextEvent()
            while true {
                if case .inputClosed = event { return .inputClosed }
                handle(event, handlers)
                if handlers.shouldQuit() { return .quit }
                // Take whatever else is already waiting without blocking, then draw once.
                event = events.nextEvent(timeout: .zero)
                if case .timeout = event { break }
            }
            screen.present(handlers.render(screen.size))
        }
        return .quit
    }

    private func handle(_ event: TerminalEvent, _ handlers: LoopHandlers) {
        switch event {
        case .key(let key):
            switch handlers.handle(key) {
            case .proceed:
                break
            case .redraw:
                screen.forceRedraw()
            case .suspend:
                screen.suspend()
            }
        case .resize(let size):
            handlers.resized(size)
            screen.forceRedraw()
        case .wake:
            handlers.wake()
        case .timeout, .inputClosed:
            break
        }
    }
}

/// Why ``TerminalRunLoop/run(_:)`` returned.
public enum LoopExit: Sendable, Hashable {
    /// The program asked to quit (`shouldQuit` became true).
    case quit
    /// The terminal went away (hang-up or end of input).
    case inputClosed
}
