/// What the review step shows before submitting.
public struct ReviewState: Equatable, Sendable {
    /// `METHOD path`.
    public var requestLine: String
    /// The exact body that will be sent, pretty-printed, secrets masked.
    public var body: String
    /// The next five runs.
    public var nextRuns: [PlannedRun]
    /// The longest gap between two full backups, in days.
    public var longestFullGapDays: Int?
    /// For modify: what changes.
    public var changes: [FieldChange]
    /// Warnings that do not stop the submission.
    public var warnings: [String]

    /// Makes a review.
    public init(
        requestLine: String, body: String, nextRuns: [PlannedRun], longestFullGapDays: Int?, changes: [FieldChange], warnings: [String]
    ) {
        self.requestLine = requestLine
        self.body = body
        self.nextRuns = nextRuns
        self.longestFullGapDays = longestFullGapDays
        self.changes = changes
        self.warnings = warnings
    }
}
