/// A titled group of the help overlay, one per key context.
public struct HelpSection: Sendable, Hashable {
    /// The context's title, e.g. `Cluster list`.
    public var title: String
    /// The keys of the context.
    public var entries: [HelpEntry]

    /// Makes a section.
    public init(title: String, entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}
