/// A key press, decoded from the terminal's bytes. The key map turns keys into actions.
public enum Key: Sendable, Hashable {
    /// A printable character (letters, digits, punctuation, CJK, space).
    case character(Character)
    /// Enter or Return.
    case enter
    /// Esc on its own.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward delete).
    case delete
    /// Insert.
    case insert
    /// The up arrow.
    case up
    /// The down arrow.
    case down
    /// The left arrow.
    case left
    /// The right arrow.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// A function key, F1 to F12 (or higher where the terminal reports them).
    case function(Int)
    /// Ctrl with a letter, given in lower case: `.control("l")` for Ctrl-L.
    case control(Character)
    /// Alt (Meta) with a character, sent by terminals as Esc followed by the character.
    case alt(Character)
    /// A mouse event (only when mouse input was asked for).
    case mouse(MouseEvent)
    /// A key the decoder does not know, with the terminal's code for it.
    case unknown(Int)
}
