/// Whether the tenant to restore is still managed by OCP.
public struct BackupTenantStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// OCP still knows the source tenant: the online body.
    public static let online = Self(rawValue: "ONLINE")
    /// OCP no longer knows it: the offline body names it and its storage.
    public static let offline = Self(rawValue: "OFFLINE")

    /// The documented values.
    public static let documented: [Self] = [.online, .offline]
}
