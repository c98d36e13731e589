/// Keys as an xterm sends them once an application turned the keypad on (`smkx`).
enum Keys {
    /// ↓
    static let down = "\u{1B}OB"
}
