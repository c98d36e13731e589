import Foundation
import OCPAPI

extension StorageForm {
    /// The storage configuration this form describes. The capacity alert is sent for FILE only;
    /// the secret is sent as typed (a masked placeholder is never kept: see `StrategyForm(strategy:…)`).
    public var config: StorageConfig {
        let key = ObjectStorageKey(
            endpoint: endpoint.trimmingCharacters(in: .whitespaces), accessKeyId: accessKeyId.trimmingCharacters(in: .whitespaces),
            accessKeySecret: secret, appId: type == .cos ? appId.trimmingCharacters(in: .whitespaces) : nil)
        let base = StorageBaseInfo(
            backupStorageType: type, storageUrl: url.trimmingCharacters(in: .whitespaces), ossAccessKey: type == .oss ? key : nil,
            cosAccessKey: type == .cos ? key : nil)
        return StorageConfig(
            configName: configName.trimmingCharacters(in: .whitespaces), obBackupStorageBaseInfo: base,
            alarmStoragePercentageThreshold: type == .oss || type == .cos ? nil : Int64(alarmPercentText), storageId: storageId)
    }
}
