/// What the review step shows before submitting.
public struct ReviewState: Equatable, Sendable {
    /// The change to send, prepared once (`nil` when the body could not be serialized): the
    /// review shows its bytes, the submit sends it as it is.
    public var mutation: PreparedMutation?
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
        mutation: PreparedMutation?, nextRuns: [PlannedRun], longestFullGapDays: Int?, changes: [FieldChange], warnings: [String]
    ) {
        self.mutation = mutation
        self.nextRuns = nextRuns
        self.longestFullGapDays = longestFullGapDays
        self.changes = changes
        self.warnings = warnings
    }

    /// `METHOD path` of the mutation.
    public var requestLine: String { mutation?.requestLine ?? "" }

    /// The exact body that will be sent, pretty-printed, secrets masked.
    public var body: String { mutation?.request.maskedBody() ?? "" }
}
