import Localization

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
    public var label: Bilingual {
        switch self {
        case .type: Bilingual("Storage type", "存储类型")
        case .configName: Bilingual("Configuration name", "配置名称")
        case .url: Bilingual("Directory (no protocol)", "目录（不含协议）")
        case .alarmPercent: Bilingual("Capacity alert %", "容量告警 %")
        case .endpoint: Bilingual("Endpoint", "Endpoint")
        case .accessKeyId: Bilingual("AccessKey id", "AccessKey ID")
        case .accessKeySecret: Bilingual("AccessKey secret", "AccessKey Secret")
        case .appId: Bilingual("COS APPID", "COS APPID")
        }
    }
}
