/// The answer of the one-event call: the event directly in `data` (the sample) or as the first
/// of `data.contents` (the table).
public struct AlarmEventDetail: Codable, Hashable, Sendable {
    /// The event.
    public var event: AlarmEvent

    /// Wraps an event.
    public init(event: AlarmEvent) { self.event = event }

    private enum CodingKeys: String, CodingKey { case contents }

    /// Reads either shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.contents) {
            let events = try container.decode([AlarmEvent].self, forKey: .contents)
            guard let first = events.first else {
                throw DecodingError.dataCorruptedError(forKey: .contents, in: container, debugDescription: "no event in contents")
            }
            event = first
        } else {
            event = try AlarmEvent(from: decoder)
        }
    }

    /// Writes the event directly, as the sample does.
    public func encode(to encoder: any Encoder) throws { try event.encode(to: encoder) }
}
