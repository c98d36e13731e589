/// Where and how the client talks to OCP.
public struct OCPClientConfiguration: Sendable {
    /// The OCP address.
    public var baseURL: OCPBaseURL
    /// How to authenticate.
    public var credentials: OCPCredentials
    /// `Accept-Language`: `en-US` or `zh-CN`; `nil` sends none.
    public var language: String?
    /// The longest wait for one response.
    public var timeout: Duration
    /// Retries of idempotent GETs.
    public var retry: RetryPolicy
    /// `x-ocp*` headers sent (and signed) on every request.
    public var ocpHeaders: [(name: String, value: String)]

    /// Makes a configuration.
    public init(
        baseURL: OCPBaseURL, credentials: OCPCredentials, language: String? = nil, timeout: Duration = .seconds(30),
        retry: RetryPolicy = RetryPolicy(), ocpHeaders: [(name: String, value: String)] = [("x-ocp-origin", "ocpbackup")]
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.language = language
        self.timeout = timeout
        self.retry = retry
        self.ocpHeaders = ocpHeaders
    }
}
