/// Everything the AK/SK signature covers, exactly as it is (or was) on the wire.
public struct SigningInput: Sendable, Hashable {
    /// Upper-case HTTP method.
    public var method: String
    /// Raw body bytes; empty when there is no body.
    public var body: [UInt8]
    /// The `Content-Type` header value verbatim, or `""` when none is sent.
    public var contentType: String
    /// The `Date` header value verbatim (RFC 1123).
    public var date: String
    /// The `Host` header value as sent, port included.
    public var host: String
    /// Headers whose names start with `x-ocp`, in any order; names as sent.
    public var ocpHeaders: [(name: String, value: String)]
    /// The path (no query).
    public var path: String
    /// The query items (unencoded).
    public var query: [QueryItem]

    /// Makes a signing input.
    public init(
        method: String, body: [UInt8], contentType: String, date: String, host: String,
        ocpHeaders: [(name: String, value: String)] = [], path: String, query: [QueryItem] = []
    ) {
        self.method = method
        self.body = body
        self.contentType = contentType
        self.date = date
        self.host = host
        self.ocpHeaders = ocpHeaders
        self.path = path
        self.query = query
    }

    /// Inputs are equal when every signed part is equal.
    public static func == (lhs: SigningInput, rhs: SigningInput) -> Bool {
        lhs.method == rhs.method && lhs.body == rhs.body && lhs.contentType == rhs.contentType && lhs.date == rhs.date
            && lhs.host == rhs.host && lhs.path == rhs.path && lhs.query == rhs.query
            && lhs.ocpHeaders.map { "\($0.name):\($0.value)" } == rhs.ocpHeaders.map { "\($0.name):\($0.value)" }
    }

    /// Hashes every signed part.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(body)
        hasher.combine(date)
        hasher.combine(path)
    }
}
