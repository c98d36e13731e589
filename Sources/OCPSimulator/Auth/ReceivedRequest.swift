/// The parts of a received request that authentication looks at, exactly as they arrived.
public struct ReceivedRequest: Sendable {
    /// The method.
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The raw query string (no `?`), or `nil`.
    public var rawQuery: String?
    /// Every header as received: names as sent, in order.
    public var headers: [(name: String, value: String)]
    /// The `Host` the client sent (port included).
    public var host: String
    /// The raw body bytes.
    public var body: [UInt8]

    /// Makes a received request.
    public init(method: String, path: String, rawQuery: String?, headers: [(name: String, value: String)], host: String, body: [UInt8]) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.host = host
        self.body = body
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
