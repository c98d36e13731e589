/// A `{startTime, endTime}` interval of parsed backup data.
public struct RecoverableTimeInterval: Codable, Hashable, Sendable {
    /// Start; a start at the scope's edge means "at least since".
    public var startTime: OCPTimestamp?
    /// End.
    public var endTime: OCPTimestamp?

    /// Makes an interval.
    public init(startTime: OCPTimestamp?, endTime: OCPTimestamp?) {
        self.startTime = startTime
        self.endTime = endTime
    }
}
