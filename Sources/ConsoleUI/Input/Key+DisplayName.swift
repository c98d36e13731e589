extension Key {
    /// The name of the key as help screens and the key-hint bar show it: `Enter`, `Esc`,
    /// `Shift-Tab`, `PgUp`, `F5`, `Ctrl-L`, `Alt-x`, `Space`, or the character itself. Arrows are
    /// `↑ ↓ ← →` when `unicode` is true and `Up Down Left Right` otherwise (non-UTF-8 locales).
    public func displayName(unicode: Bool = true) -> String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .alt(let character): return "Alt-\(character)"
        case .mouse: return "Mouse"
        case .unknown(let code): return "Key \(code)"
        }
    }
}
