/// OCP's success response around a `data` value.
public struct OCPEnvelope<Payload: Codable & Sendable>: Codable, Sendable {
    /// The payload; absent for the few operations that return only the envelope.
    public var data: Payload?
    /// Server time spent, in milliseconds.
    public var duration: Int64?
    /// The id of the responding server.
    public var server: String?
    /// The HTTP status, mirrored.
    public var status: Int?
    /// `true` for success.
    public var successful: Bool?
    /// When the server answered.
    public var timestamp: OCPTimestamp?
    /// The request's trace id.
    public var traceId: String?

    /// Makes an envelope.
    public init(
        data: Payload?, duration: Int64?, server: String?, status: Int?, successful: Bool? = true,
        timestamp: OCPTimestamp?, traceId: String?
    ) {
        self.data = data
        self.duration = duration
        self.server = server
        self.status = status
        self.successful = successful
        self.timestamp = timestamp
        self.traceId = traceId
    }
}
