import Hummingbird
import OCPAPI

/// An error answer of the simulator: HTTP status, OCP code, message and validation details.
///
/// Routes and middleware throw it; `EnvelopeMiddleware` turns it into OCP's error envelope.
package struct SimulatorAPIError: Error, Sendable, Hashable {
    /// The HTTP status.
    package var status: HTTPResponse.Status
    /// The OCP code in string form (`BAK21001`); `0` for throttling.
    package var code: String
    /// The message.
    package var message: String
    /// Validation details (`error.subErrors`).
    package var subErrors: [OCPSubError]
    /// Extra response headers (throttling sends `RateLimit-*`).
    package var headers: [String: String]
    /// Throttling answers carry the numeric code `0` and an empty `traceId`, as OCP's sample does.
    package var isThrottling: Bool
    /// The `traceId` to answer with instead of a random one (the hostile fixtures lie in it).
    package var traceId: String?

    /// Makes an error.
    package init(
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
