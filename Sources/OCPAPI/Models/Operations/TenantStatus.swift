/// The lifecycle status of a tenant.
public struct TenantStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Serving.
    public static let normal = Self(rawValue: "NORMAL")
    /// Being created (cannot be backed up yet).
    public static let creating = Self(rawValue: "CREATING")
    /// Being changed.
    public static let modifying = Self(rawValue: "MODIFYING")
    /// Being deleted.
    public static let deleting = Self(rawValue: "DELETING")

    /// The documented values.
    public static let documented: [Self] = [.normal, .creating, .modifying, .deleting]
}
