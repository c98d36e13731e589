/// The kind of data backup scheduled on a day.
public struct DataBackupKind: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A full data backup.
    public static let full = Self(rawValue: "FULL_BACKUP")
    /// An incremental data backup (physical backup only).
    public static let incremental = Self(rawValue: "INCREMENTAL_BACKUP")

    /// The documented values.
    public static let documented: [Self] = [.full, .incremental]
}
