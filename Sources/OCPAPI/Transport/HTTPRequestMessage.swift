/// One HTTP request exactly as it goes on the wire.
public struct HTTPRequestMessage: Sendable {
    /// Upper-case method.
    public var method: String
    /// Absolute URL, query included (already canonical and encoded).
    public var url: String
    /// Headers in the order they are sent.
    public var headers: [(name: String, value: String)]
    /// Body bytes, or `nil` for none.
    public var body: [UInt8]?

    /// Makes a request.
    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8]?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
