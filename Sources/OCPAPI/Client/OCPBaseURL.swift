/// The address of an OCP server: scheme, host, optional port and path prefix.
public struct OCPBaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`.
    public var scheme: String
    /// Host name or address (IPv6 without brackets).
    public var host: String
    /// Port, when given explicitly.
    public var port: Int?
    /// Path prefix before `/api/v2`, usually empty, never ending in `/`.
    public var basePath: String

    /// Parses `http[s]://host[:port][/prefix]`.
    /// - Throws: `OCPAPIError` of kind `invalidRequest` with a message that says what is wrong.
    public init(parsing text: String) throws(OCPAPIError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://") else {
            throw .invalidRequest("The OCP URL '\(trimmed)' has no scheme; write it as http://HOST:PORT or https://HOST.")
        }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw .invalidRequest("The OCP URL must start with http:// or https://, not \(scheme)://.")
        }
        var rest = trimmed[schemeEnd.upperBound...]
        var path = ""
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[slash...])
            rest = rest[..<slash]
        }
        guard !rest.contains("@"), !path.contains("?"), !path.contains("#") else {
            throw .invalidRequest("The OCP URL must not carry credentials, a query or a fragment.")
        }
        var host = String(rest)
        var port: Int?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw .invalidRequest("The OCP URL has an unclosed '['.") }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") {
                guard let value = Int(after.dropFirst()), (1...65535).contains(value) else {
                    throw .invalidRequest("The OCP URL has an invalid port.")
                }
                port = value
            } else if !after.isEmpty {
                throw .invalidRequest("The OCP URL has text after the IPv6 address.")
            }
            host = String(host[host.index(after: host.startIndex)..<close])
        } else if let colon = host.lastIndex(of: ":") {
            guard let value = Int(host[host.index(after: colon)...]), (1...65535).contains(value) else {
                throw .invalidRequest("The OCP URL has an invalid port.")
            }
            port = value
            host = String(host[..<colon])
        }
        guard !host.isEmpty else { throw .invalidRequest("The OCP URL has no host.") }
        while path.hasSuffix("/") { path.removeLast() }
        self.scheme = scheme
        self.host = host
        self.port = port
        self.basePath = path
    }

    /// The `Host` header this client sends and signs: host, plus `:port` when one was given.
    public var hostHeader: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port.map { "\(name):\($0)" } ?? name
    }

    /// `scheme://host[:port]`.
    public var origin: String { "\(scheme)://\(hostHeader)" }

    /// The full URL as given, normalized.
    public var description: String { origin + basePath }
}
