import OCPAPI

/// A storage configuration as typed. The secret lives in memory only: it is not part of the
/// coding keys, so a draft never contains it.
public struct StorageForm: Codable, Equatable, Sendable {
    /// FILE, OSS or COS.
    public var type: StorageType
    /// Configuration name.
    public var configName: String
    /// Directory without protocol.
    public var url: String
    /// Capacity alert percentage as typed (FILE only).
    public var alarmPercentText: String
    /// Object storage endpoint.
    public var endpoint: String
    /// Object storage AccessKey id.
    public var accessKeyId: String
    /// COS application id.
    public var appId: String
    /// The existing configuration's id, kept on modify.
    public var storageId: Int64?
    /// The AccessKey secret as typed; never encoded.
    public var secret: Secret?

    private enum CodingKeys: String, CodingKey {
        case type, configName, url, alarmPercentText, endpoint, accessKeyId, appId, storageId
    }

    /// Makes a form.
    public init(
        type: StorageType = .file, configName: String = "", url: String = "",
        alarmPercentText: String = String(StrategyDefaults.alarmStoragePercentage), endpoint: String = "", accessKeyId: String = "",
        appId: String = "", storageId: Int64? = nil, secret: Secret? = nil
    ) {
        self.type = type
        self.configName = configName
        self.url = url
        self.alarmPercentText = alarmPercentText
        self.endpoint = endpoint
        self.accessKeyId = accessKeyId
        self.appId = appId
        self.storageId = storageId
        self.secret = secret
    }

    /// The fields this storage type asks for, in order.
    public var fields: [StorageField] {
        switch type {
        case .oss: [.type, .configName, .url, .endpoint, .accessKeyId, .accessKeySecret]
        case .cos: [.type, .configName, .url, .endpoint, .accessKeyId, .accessKeySecret, .appId]
        default: [.type, .configName, .url, .alarmPercent]
        }
    }

    /// The text of a typed field (the secret shows as `******`, empty when unset).
    public func text(of field: StorageField) -> String {
        switch field {
        case .type: type.rawValue
        case .configName: configName
        case .url: url
        case .alarmPercent: alarmPercentText
        case .endpoint: endpoint
        case .accessKeyId: accessKeyId
        case .accessKeySecret: (secret?.isEmpty ?? true) ? "" : Secret.mask
        case .appId: appId
        }
    }

    /// Replaces the text of a typed field.
    public mutating func setText(_ text: String, of field: StorageField) {
        switch field {
        case .type: break
        case .configName: configName = text
        case .url: url = text
        case .alarmPercent: alarmPercentText = text
        case .endpoint: endpoint = text
        case .accessKeyId: accessKeyId = text
        case .accessKeySecret: secret = text.isEmpty ? nil : Secret(text)
        case .appId: appId = text
        }
    }

    /// The raw value of a field for editing (the secret's real value, used only to append to it).
    func editableText(of field: StorageField) -> String {
        field == .accessKeySecret ? (secret?.reveal() ?? "") : text(of: field)
    }

    /// The next storage type in the cycle FILE → OSS → COS.
    public mutating func cycleType() {
        type =
            switch type {
            case .file: .oss
            case .oss: .cos
            default: .file
            }
    }
}
