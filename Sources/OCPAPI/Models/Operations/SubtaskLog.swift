/// A subtask's log: one string, lines separated by `\n`, each run starting with a banner
/// (see `SubtaskLogRuns`). Sanitize every line before it is drawn.
public struct SubtaskLog: Codable, Hashable, Sendable {
    /// The whole text.
    public var log: String

    /// Makes a log.
    public init(log: String) { self.log = log }
}
