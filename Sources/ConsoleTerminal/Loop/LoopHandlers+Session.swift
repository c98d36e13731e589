import ConsoleUI

extension LoopHandlers {
    /// The handlers that drive the console's frame step: keys and resizes go to `session`, a
    /// wake-up takes the effects' results, and each frame is `session.frame()`.
    public init(session: ConsoleSession) {
        self.init(
            render: { size in
                if size != session.size { session.resize(to: size) }
                return session.frame()
            },
            handle: { key in
                switch session.press(key) {
                case .redraw: .redraw
                case .suspend: .suspend
                case .send, nil: .proceed
                }
            },
            wake: { _ = session.receiveEffectResults() },
            resized: { size in session.resize(to: size) },
            shouldQuit: { session.shouldQuit })
    }
}
