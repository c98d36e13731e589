/// The kind of an item of parsed backup data.
public struct RecoverableItemType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A full data backup (a marker: its set id and time).
    public static let fullDataBackup = Self(rawValue: "FULL_DATA_BACKUP")
    /// An incremental data backup (a marker).
    public static let incrementalDataBackup = Self(rawValue: "INCREMENTAL_DATA_BACKUP")
    /// Archive coverage (not by itself restorable).
    public static let logBackup = Self(rawValue: "LOG_BACKUP")
    /// A window a tenant can be restored to: the only restorable kind.
    public static let recoverable = Self(rawValue: "RECOVERABLE")

    /// The documented values.
    public static let documented: [Self] = [.fullDataBackup, .incrementalDataBackup, .logBackup, .recoverable]
}
