/// How a cluster is backed up: logically (OB before 2.2.60) or physically.
public struct BackupMode: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Logical backup through the Backup & Recovery service.
    public static let logical = Self(rawValue: "LOGICAL_BACKUP")
    /// Physical backup by OceanBase itself.
    public static let physical = Self(rawValue: "PHYSICAL_BACKUP")

    /// The documented values.
    public static let documented: [Self] = [.logical, .physical]
}
