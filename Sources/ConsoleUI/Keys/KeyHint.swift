/// One entry of the key-hint bar: the key as printed and what it does in a word or two.
public struct KeyHint: Sendable, Hashable {
    /// The key as printed, e.g. `Enter` or `↑↓/jk`.
    public var key: String
    /// What it does, e.g. `open`.
    public var label: String

    /// Makes a hint.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}
