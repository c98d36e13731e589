/// The parts of a received request that authentication looks at, exactly as they arrived.
package struct ReceivedRequest: Sendable {
    /// The method.
    package var method: String
    /// The path, without the query.
    package var path: String
    /// The raw query string (no `?`), or `nil`.
    package var rawQuery: String?
    /// Every header as received: names as sent, in order.
    package var headers: [(name: String, value: String)]
    /// The `Host` the client sent (port included).
    package var host: String
    /// The raw body bytes.
    package var body: [UInt8]

    /// Makes a received request.
    package init(method: String, path: String, rawQuery: String?, headers: [(name: String, value: String)], host: String, body: [UInt8]) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.host = host
        self.body = body
    }

    /// The first value of the header `name` (case-insensitive).
    package func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
