/// OCP's response envelope: on success a `data` value, on failure `successful: false`, an
/// `error` object and no `data`; the same six fields around either.
public struct OCPEnvelope<Payload: Codable & Sendable>: Codable, Sendable {
    /// The payload; absent on errors and for the few operations that return only the envelope.
    public var data: Payload?
    /// Server time spent, in milliseconds.
    public var duration: Int64?
    /// What went wrong; only on errors.
    public var error: OCPErrorBody?
    /// The id of the responding server.
    public var server: String?
    /// The HTTP status, mirrored.
    public var status: Int?
    /// `true` for success, `false` for an error.
    public var successful: Bool?
    /// When the server answered.
    public var timestamp: OCPTimestamp?
    /// The request's trace id (16 hex characters; empty on throttling).
    public var traceId: String?

    /// Makes an envelope; `successful` defaults to whether there is no `error`.
    public init(
        data: Payload? = nil, duration: Int64?, error: OCPErrorBody? = nil, server: String?, status: Int?, successful: Bool? = nil,
        timestamp: OCPTimestamp?, traceId: String?
    ) {
        self.data = data
        self.duration = duration
        self.error = error
        self.server = server
        self.status = status
        self.successful = successful ?? (error == nil)
        self.timestamp = timestamp
        self.traceId = traceId
    }

    /// Reads an envelope; an `error` that is not OCP's error object is read as none, so a
    /// success is never refused for it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decodeIfPresent(Payload.self, forKey: .data)
        duration = try container.decodeIfPresent(Int64.self, forKey: .duration)
        error = try? container.decodeIfPresent(OCPErrorBody.self, forKey: .error)
        server = try container.decodeIfPresent(String.self, forKey: .server)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        successful = try container.decodeIfPresent(Bool.self, forKey: .successful)
        timestamp = try container.decodeIfPresent(OCPTimestamp.self, forKey: .timestamp)
        traceId = try container.decodeIfPresent(String.self, forKey: .traceId)
    }
}

extension OCPEnvelope: Equatable where Payload: Equatable {}
extension OCPEnvelope: Hashable where Payload: Hashable {}

/// OCP's error response: an envelope whose `data` is absent.
public typealias OCPErrorEnvelope = OCPEnvelope<JSONValue>
