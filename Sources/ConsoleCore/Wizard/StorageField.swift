/// The fields of a storage configuration in the wizard.
public enum StorageField: String, Hashable, Sendable, CaseIterable {
    /// FILE, OSS or COS.
    case type
    /// The configuration name.
    case configName
    /// Directory or bucket path, without protocol.
    case url
    /// Storage alert percentage (FILE only).
    case alarmPercent
    /// Object storage endpoint.
    case endpoint
    /// Object storage AccessKey id.
    case accessKeyId
    /// Object storage AccessKey secret (memory only).
    case accessKeySecret
    /// COS application id.
    case appId

    /// The label shown beside the field.
    public var label: String {
        switch self {
        case .type: "Storage type"
        case .configName: "Configuration name"
        case .url: "Directory (no protocol)"
        case .alarmPercent: "Capacity alert %"
        case .endpoint: "Endpoint"
        case .accessKeyId: "AccessKey id"
        case .accessKeySecret: "AccessKey secret"
        case .appId: "COS APPID"
        }
    }
}
