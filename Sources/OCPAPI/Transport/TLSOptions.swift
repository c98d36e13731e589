/// How HTTPS servers are verified.
public struct TLSOptions: Sendable, Hashable {
    /// A PEM file of CA certificates to trust instead of the system's.
    public var caCertificatePath: String?
    /// Skip certificate verification (`--insecure`); off unless asked for.
    public var insecure: Bool

    /// Verification on, with the system's trust store.
    public init(caCertificatePath: String? = nil, insecure: Bool = false) {
        self.caCertificatePath = caCertificatePath
        self.insecure = insecure
    }
}
