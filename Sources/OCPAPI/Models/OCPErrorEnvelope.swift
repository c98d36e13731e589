/// OCP's error response: `successful: false`, an `error` object, and no `data`.
public struct OCPErrorEnvelope: Codable, Hashable, Sendable {
    /// Server time spent, in milliseconds.
    public var duration: Int64?
    /// What went wrong.
    public var error: OCPErrorBody?
    /// The id of the responding server.
    public var server: String?
    /// The HTTP status, mirrored.
    public var status: Int?
    /// Always `false` for an error.
    public var successful: Bool?
    /// When the server answered.
    public var timestamp: OCPTimestamp?
    /// The request's trace id (16 hex characters; empty on throttling).
    public var traceId: String?

    /// Makes an error envelope.
    public init(
        duration: Int64?, error: OCPErrorBody?, server: String?, status: Int?, successful: Bool? = false,
        timestamp: OCPTimestamp?, traceId: String?
    ) {
        self.duration = duration
        self.error = error
        self.server = server
        self.status = status
        self.successful = successful
        self.timestamp = timestamp
        self.traceId = traceId
    }
}
