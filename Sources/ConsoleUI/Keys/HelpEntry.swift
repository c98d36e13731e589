/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Sendable, Hashable {
    /// The keys as printed, e.g. `PgUp PgDn`.
    public var keys: String
    /// What they do, in a sentence.
    public var text: String
    /// One key of the binding, to prove the entry dispatches.
    public var sample: Key

    /// Whether the keys are disabled here (changes in read-only mode, strategy commands the
    /// shown cluster does not allow now): shown, but dimmed.
    public var isDisabled: Bool

    /// Makes an entry.
    public init(keys: String, text: String, sample: Key, isDisabled: Bool = false) {
        self.keys = keys
        self.text = text
        self.sample = sample
        self.isDisabled = isDisabled
    }
}
