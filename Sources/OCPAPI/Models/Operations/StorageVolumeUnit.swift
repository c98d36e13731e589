/// The unit of a backup size (`obStorageVolumeUnit`).
public struct StorageVolumeUnit: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Bytes.
    public static let bytes = Self(rawValue: "B")
    /// Kilobytes (1024 B).
    public static let kilobytes = Self(rawValue: "KB")
    /// Megabytes.
    public static let megabytes = Self(rawValue: "MB")
    /// Gigabytes.
    public static let gigabytes = Self(rawValue: "GB")
    /// Terabytes.
    public static let terabytes = Self(rawValue: "TB")
    /// Petabytes.
    public static let petabytes = Self(rawValue: "PB")

    /// The documented values.
    public static let documented: [Self] = [.bytes, .kilobytes, .megabytes, .gigabytes, .terabytes, .petabytes]

    /// Bytes in one unit (powers of 1024), or `nil` for a unit no table knows; letter case is ignored.
    public var bytesPerUnit: Double? {
        switch rawValue.uppercased() {
        case "B": 1
        case "KB": 1024
        case "MB": 1_048_576
        case "GB": 1_073_741_824
        case "TB": 1_099_511_627_776
        case "PB": 1_125_899_906_842_624
        default: nil
        }
    }
}
