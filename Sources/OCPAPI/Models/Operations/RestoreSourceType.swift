/// What a restore preview item is.
public struct RestoreSourceType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A data backup set.
    public static let backupSet = Self(rawValue: "BACKUP_SET")
    /// A piece of archived log.
    public static let backupPiece = Self(rawValue: "BACKUP_PIECE")

    /// The documented values.
    public static let documented: [Self] = [.backupSet, .backupPiece]
}
