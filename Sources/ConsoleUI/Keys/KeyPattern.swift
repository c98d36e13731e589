/// Which keys a binding answers to.
enum KeyPattern: Sendable, Hashable {
    /// Exactly this key.
    case key(Key)
    /// Any printable character (typing into a field or a filter).
    case printable

    /// Whether `key` matches.
    func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let expected): return expected == key
        case .printable:
            guard case .character(let character) = key else { return false }
            return !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
        }
    }

    /// A key that matches, for tests and the help's proof.
    var sample: Key {
        switch self {
        case .key(let key): key
        case .printable: .character("a")
        }
    }
}
