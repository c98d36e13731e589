import Foundation
import OCPAPI

extension StorageForm {
    /// The form of a storage configuration read back: protocol stripped from the directory,
    /// `storageId` kept, the (masked) secret dropped.
    public init(config: StorageConfig) {
        let base = config.obBackupStorageBaseInfo
        let type = base?.backupStorageType ?? .file
        let key = type == .cos ? base?.cosAccessKey : base?.ossAccessKey
        self.init(
            type: type, configName: TextSanitizer.singleLine(config.configName ?? ""),
            url: Self.withoutProtocol(TextSanitizer.singleLine(base?.storageUrl ?? "")),
            alarmPercentText: String(config.alarmStoragePercentageThreshold ?? StrategyDefaults.alarmStoragePercentage),
            endpoint: TextSanitizer.singleLine(key?.endpoint ?? ""), accessKeyId: TextSanitizer.singleLine(key?.accessKeyId ?? ""),
            appId: TextSanitizer.singleLine(key?.appId ?? ""), storageId: config.storageId, secret: nil)
    }

    /// `file:///obbackup/` → `/obbackup/`, `oss://bucket/x` → `bucket/x`.
    static func withoutProtocol(_ url: String) -> String {
        guard let range = url.range(of: "://") else { return url }
        return String(url[range.upperBound...])
    }
}
