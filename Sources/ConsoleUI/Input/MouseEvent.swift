/// A mouse action at a cell of the screen.
public struct MouseEvent: Sendable, Hashable {
    /// What the mouse did.
    public enum Kind: Sendable, Hashable {
        /// A button went down (1 left, 2 middle, 3 right).
        case press(button: Int)
        /// A button went up.
        case release(button: Int)
        /// A button was pressed and released in place.
        case click(button: Int)
        /// The wheel turned up.
        case scrollUp
        /// The wheel turned down.
        case scrollDown
        /// Something the decoder does not distinguish.
        case other
    }

    /// What the mouse did.
    public var kind: Kind
    /// Where it happened.
    public var position: CellPosition

    /// A mouse event of `kind` at `position`.
    public init(kind: Kind, position: CellPosition) {
        self.kind = kind
        self.position = position
    }
}
