/// A request ready to sign and send: what `--dry-run` prints and what the client sends.
public struct PreparedRequest: Sendable, Hashable {
    /// Upper-case method.
    public var method: String
    /// Path below the base path, e.g. `/api/v2/ob/clusters/1/backup/ability`.
    public var path: String
    /// Query items (unencoded); sent in canonical order.
    public var query: [QueryItem]
    /// The serialized body, or `nil`.
    public var body: [UInt8]?
    /// Whether OCP answers with its envelope (all but `/api/v2/info` and `/api/v2/time`).
    public var enveloped: Bool
    /// Whether the request needs credentials.
    public var authenticated: Bool

    /// Makes a request.
    public init(method: String, path: String, query: [QueryItem] = [], body: [UInt8]? = nil, enveloped: Bool = true, authenticated: Bool = true) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.enveloped = enveloped
        self.authenticated = authenticated
    }

    /// Whether the request may be sent twice without harm (only GET is treated so).
    public var isIdempotent: Bool { method == "GET" }

    /// `path?canonical-query`.
    public var pathAndQuery: String { CanonicalQuery.pathAndQuery(path: path, items: query) }

    /// The body as text with every secret masked, pretty-printed; `nil` without a body.
    public func maskedBody(pretty: Bool = true) -> String? {
        guard let body else { return nil }
        guard let value = try? JSONValue.parse(body) else { return "<\(body.count) bytes>" }
        return String(decoding: value.maskingSecrets().serialized(pretty: pretty), as: UTF8.self)
    }
}
