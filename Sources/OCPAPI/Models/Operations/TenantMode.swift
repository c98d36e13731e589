/// The compatibility mode of a tenant; OCP writes it in any letter case (`Oracle` in a sample).
public struct TenantMode: OpenEnum {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// MySQL mode.
    public static let mysql = Self(rawValue: "MYSQL")
    /// Oracle mode.
    public static let oracle = Self(rawValue: "ORACLE")

    /// The documented values.
    public static let documented: [Self] = [.mysql, .oracle]

    /// The value upper-cased: `Oracle` and `ORACLE` are the same mode.
    public var canonical: TenantMode { TenantMode(rawValue: rawValue.uppercased()) }
}
