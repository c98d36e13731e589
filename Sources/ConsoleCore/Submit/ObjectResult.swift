/// The outcome for one backup object of a mutation, ready to show.
public struct ObjectResult: Equatable, Sendable {
    /// The objects, e.g. `cluster 1000005`.
    public var objects: String
    /// Whether OCP reports success.
    public var succeeded: Bool
    /// The asynchronous tasks started.
    public var taskIds: [Int64]
    /// OCP's note and error, safe to draw.
    public var note: String?

    /// Makes a result.
    public init(objects: String, succeeded: Bool, taskIds: [Int64], note: String?) {
        self.objects = objects
        self.succeeded = succeeded
        self.taskIds = taskIds
        self.note = note
    }
}
