import ConsoleCore

/// The console's frame step, the one place that joins the store, the key map and the renderer:
/// a key, a mouse event, a resize or the results of effects go in, the reducer runs, and
/// ``frame()`` renders the state once with its layout feedback applied.
///
/// The terminal's run loop drives it (`LoopHandlers(session:)` in ConsoleTerminal), and so do the
/// tests and the benchmark; none of them assembles key → store → render on its own. It lives on
/// the loop's thread, like its store.
public final class ConsoleSession {
    /// The store the session sends to; its runner runs the effects.
    public let store: Store<ConsoleFeature>
    /// Line set and header facts.
    public let options: RenderOptions
    /// The terminal's size, as last resized.
    public private(set) var size: Size
    private let keyMap: KeyMap

    /// A session over `store` for a terminal of `size`.
    public init(store: Store<ConsoleFeature>, size: Size, options: RenderOptions = RenderOptions(), keyMap: KeyMap = .standard) {
        self.store = store
        self.size = size
        self.options = options
        self.keyMap = keyMap
    }

    /// The console's state.
    public var state: ConsoleState { store.state }

    /// Whether the person asked to quit (the loop ends).
    public var shouldQuit: Bool { store.state.shouldQuit }

    /// Tells the console its size and starts it (the first listing).
    public func start() {
        resize(to: size)
        store.send(.start)
    }

    /// Takes a new terminal size: the list's viewport follows it.
    public func resize(to size: Size) {
        self.size = size
        store.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
    }

    /// Sends what `key` (a mouse event included) means now; returns the command it resolved to,
    /// so the terminal can redraw or suspend, or `nil` when the key means nothing here.
    @discardableResult
    public func press(_ key: Key) -> KeyCommand? {
        let command =
            if case .mouse(let event) = key {
                keyMap.command(for: event, in: store.state, size: size)
            } else {
                keyMap.command(for: key, in: store.state)
            }
        if case .send(let action)? = command { store.send(action) }
        return command
    }

    /// Applies the effect results that arrived since the last call; returns how many.
    @discardableResult
    public func receiveEffectResults() -> Int {
        store.drainInbox()
    }

    /// Sends an action that comes from outside the keys (an effect's result delivered by hand).
    public func send(_ action: ConsoleAction) {
        store.send(action)
    }

    /// The frame for the current state, rendered once: the scrollable pane is measured while
    /// drawing, and a changed extent goes to the store afterwards (the frame already shows the
    /// state after it).
    public func frame() -> ScreenBuffer {
        let frame = ConsoleRenderer.frame(store.state, size: size, options: options)
        if let extent = frame.scrollExtent, !store.state.scrollPosition(of: extent.area).holds(extent) {
            store.send(.scrollExtentChanged(extent))
        }
        return frame.screen
    }
}
