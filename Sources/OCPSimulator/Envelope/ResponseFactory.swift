import Foundation
import HTTPTypes
import Hummingbird
import OCPAPI

/// Writes OCP's envelopes (docs/ocp-api.md, Envelope): keys sorted, nulls left out, `duration`,
/// `server`, `status`, `successful`, `timestamp` and a 16-hex `traceId`.
package struct ResponseFactory: Sendable {
    /// The `server` value.
    package let serverId: String
    /// The UTC offset of `timestamp`, in seconds.
    package let utcOffsetSeconds: Int
    /// How `error.code` is written.
    package let codeStyle: ErrorCodeStyle
    let now: @Sendable () -> Date
    let random: SimulatorRandom
    /// Whether the hostile corpus's markers become a lone-surrogate escape and invalid UTF-8.
    let encodesMarkers: Bool

    /// Makes a factory.
    package init(
        serverId: String, utcOffsetSeconds: Int, codeStyle: ErrorCodeStyle, now: @escaping @Sendable () -> Date, random: SimulatorRandom,
        encodesMarkers: Bool = false
    ) {
        self.encodesMarkers = encodesMarkers
        self.serverId = serverId
        self.utcOffsetSeconds = utcOffsetSeconds
        self.codeStyle = codeStyle
        self.now = now
        self.random = random
    }

    /// The current time in OCP's `2021-09-23T15:31:29.276+08:00` shape.
    package func timestamp() -> OCPTimestamp { OCPTimestamp(date: now(), offsetSeconds: utcOffsetSeconds) }

    /// A 200 (or `status`) success envelope around `data`.
    package func success<Payload: Codable & Sendable>(
        _ data: Payload, status: HTTPResponse.Status = .ok, started: ContinuousClock.Instant
    ) throws -> Response {
        let envelope = OCPEnvelope(
            data: data, duration: Self.milliseconds(since: started), server: serverId, status: status.code, successful: true,
            timestamp: timestamp(), traceId: random.traceId())
        let bytes = try OCPJSON.encode(envelope)
        return Self.json(encodesMarkers ? HostileEncoding.apply(to: bytes) : bytes, status: status)
    }

    /// The error envelope of `error`, without `data`.
    package func failure(_ error: SimulatorAPIError, started: ContinuousClock.Instant) -> Response {
        let body = OCPErrorBody(
            code: error.isThrottling ? .number(0) : codeStyle.code(error.code), message: error.message,
            subErrors: error.subErrors.isEmpty ? nil : error.subErrors)
        let envelope = OCPErrorEnvelope(
            duration: Self.milliseconds(since: started), error: body, server: serverId, status: error.status.code, successful: false,
            timestamp: timestamp(), traceId: error.traceId ?? (error.isThrottling ? "" : random.traceId()))
        let bytes =
            encodesMarkers ? HostileEncoding.apply(to: (try? OCPJSON.encode(envelope)) ?? []) : (try? OCPJSON.encode(envelope)) ?? Array("{}".utf8)
        var response = Self.json(bytes, status: error.status)
        for (name, value) in error.headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPField.Name(name) { response.headers[fieldName] = value }
        }
        return response
    }

    /// A response with a JSON body and its length.
    package static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json;charset=UTF-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Whole milliseconds elapsed since `started`.
    static func milliseconds(since started: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - started
        return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }
}
