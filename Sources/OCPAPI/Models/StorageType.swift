/// Where backups are written.
public struct StorageType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A file system path (local disk or NFS).
    public static let file = Self(rawValue: "BACKUP_STORAGE_FILE")
    /// Alibaba Cloud OSS.
    public static let oss = Self(rawValue: "BACKUP_STORAGE_OSS")
    /// Tencent Cloud COS.
    public static let cos = Self(rawValue: "BACKUP_STORAGE_COS")

    /// The documented values.
    public static let documented: [Self] = [.file, .oss, .cos]

    /// The URI scheme OCP shows for this storage (`file://`, `oss://`, `cos://`).
    public var scheme: String? {
        switch self {
        case .file: "file"
        case .oss: "oss"
        case .cos: "cos"
        default: nil
        }
    }
}
