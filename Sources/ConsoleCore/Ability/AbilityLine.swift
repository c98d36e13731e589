/// One statement about a cluster's backup ability, in words.
public struct AbilityLine: Equatable, Sendable {
    /// How the statement reads.
    public enum Tone: String, Equatable, Sendable {
        /// Something the cluster can do.
        case can
        /// Something it cannot do.
        case cannot
        /// A fact or OCP's hint.
        case info
    }

    /// What the line is about.
    public var label: String
    /// The statement, safe to draw.
    public var text: String
    /// Can, cannot, or information.
    public var tone: Tone

    /// Makes a line.
    public init(label: String, text: String, tone: Tone) {
        self.label = label
        self.text = text
        self.tone = tone
    }
}
