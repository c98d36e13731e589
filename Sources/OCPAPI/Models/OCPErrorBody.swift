/// The `error` object of OCP's error envelope.
public struct OCPErrorBody: Codable, Hashable, Sendable {
    /// The OCP error code, string or number.
    public var code: OCPErrorCode?
    /// The message, localized by `Accept-Language`.
    public var message: String?
    /// The underlying cause's message, when OCP gives one.
    public var debugMessage: String?
    /// Stack trace lines (only with `X-ReturnStackTrace: true`).
    public var stackTrace: [String]?
    /// An object the error concerns, when OCP gives one.
    public var target: JSONValue?
    /// Validation details.
    public var subErrors: [OCPSubError]?

    /// Makes an error body.
    public init(
        code: OCPErrorCode?, message: String?, debugMessage: String? = nil, stackTrace: [String]? = nil,
        target: JSONValue? = nil, subErrors: [OCPSubError]? = nil
    ) {
        self.code = code
        self.message = message
        self.debugMessage = debugMessage
        self.stackTrace = stackTrace
        self.target = target
        self.subErrors = subErrors
    }
}
