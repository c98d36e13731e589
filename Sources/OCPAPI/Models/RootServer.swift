/// A root server of a cluster (note OCP's snake_case `sql_port`).
public struct RootServer: Codable, Hashable, Sendable {
    /// `ip:rpcPort`.
    public var address: String?
    /// LEADER or FOLLOWER.
    public var role: String?
    /// The SQL port.
    public var sqlPort: Int?

    /// Makes a root server.
    public init(address: String?, role: String?, sqlPort: Int?) {
        self.address = address
        self.role = role
        self.sqlPort = sqlPort
    }

    private enum CodingKeys: String, CodingKey {
        case address, role
        case sqlPort = "sql_port"
    }
}
