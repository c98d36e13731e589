import Hummingbird
import OCPAPI

/// An error answer of the simulator: HTTP status, OCP code, message and validation details.
///
/// Routes and middleware throw it; `EnvelopeMiddleware` turns it into OCP's error envelope.
public struct SimulatorAPIError: Error, Sendable, Hashable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// The OCP code in string form (`BAK21001`); `0` for throttling.
    public var code: String
    /// The message.
    public var message: String
    /// Validation details (`error.subErrors`).
    public var subErrors: [OCPSubError]
    /// Extra response headers (throttling sends `RateLimit-*`).
    public var headers: [String: String]
    /// Throttling answers carry the numeric code `0` and an empty `traceId`, as OCP's sample does.
    public var isThrottling: Bool
    /// The `traceId` to answer with instead of a random one (the hostile fixtures lie in it).
    public var traceId: String?

    /// Makes an error.
    public init(
        status: HTTPResponse.Status, code: String, message: String, subErrors: [OCPSubError] = [], headers: [String: String] = [:],
        isThrottling: Bool = false
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.subErrors = subErrors
        self.headers = headers
        self.isThrottling = isThrottling
        self.traceId = nil
    }
}
