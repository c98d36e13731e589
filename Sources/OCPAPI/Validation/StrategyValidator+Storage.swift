/// The storage and secondary backup rules.
extension StrategyValidator {
    static func validateStorage(_ storage: StorageConfig, field: String, context: StrategyContext?) -> [StrategyIssue] {
        var issues: [StrategyIssue] = []
        if let name = storage.configName {
            if !StorageConfigName.isValid(name) {
                issues.append(
                    StrategyIssue(
                        code: "BAK10004", field: "\(field).configName",
                        message:
                            "'\(InputExcerpt.clipped(name))' is not a valid name: start with a letter, then 2–32 letters, digits or underscores."
                    ))
            }
        } else {
            issues.append(missing("\(field).configName"))
        }
        issues += range(
            storage.alarmStoragePercentageThreshold, StrategyDefaults.alarmPercentageRange,
            field: "\(field).alarmStoragePercentageThreshold", required: false)
        guard let base = storage.obBackupStorageBaseInfo else {
            issues.append(missing("\(field).obBackupStorageBaseInfo"))
            return issues
        }
        let baseField = "\(field).obBackupStorageBaseInfo"
        let type = base.backupStorageType
        if let type {
            if !type.isDocumented {
                issues.append(
                    invalid("\(baseField).backupStorageType", "'\(InputExcerpt.clipped(type.rawValue))' is not a storage type; use FILE, OSS or COS.")
                )
            }
        } else {
            issues.append(missing("\(baseField).backupStorageType"))
        }
        if let url = base.storageUrl, !url.trimmingCharacters(in: .whitespaces).isEmpty {
            if url.contains("://") {
                issues.append(invalid("\(baseField).storageUrl", "Give the directory without a protocol, e.g. /obbackup/ or bucket/backup."))
            }
        } else {
            issues.append(StrategyIssue(code: "BAK29018", field: "\(baseField).storageUrl", message: "The storage directory is empty."))
        }
        if type == .oss || type == .cos {
            if let version = context?.obVersion, version < .objectStorageMinimum {
                issues.append(invalid("\(baseField).backupStorageType", "OSS and COS need OceanBase 2.2.76 or later; this is \(version)."))
            }
            let keyField = type == .oss ? "ossAccessKey" : "cosAccessKey"
            issues += objectKey(type == .oss ? base.ossAccessKey : base.cosAccessKey, field: "\(baseField).\(keyField)", needsAppId: type == .cos)
        }
        return issues
    }

    private static func objectKey(_ key: ObjectStorageKey?, field: String, needsAppId: Bool) -> [StrategyIssue] {
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        var issues: [StrategyIssue] = []
        if blank(key?.endpoint) {
            issues.append(StrategyIssue(code: "BAK29019", field: "\(field).endpoint", message: "The endpoint is empty."))
        }
        if blank(key?.accessKeyId) {
            issues.append(StrategyIssue(code: "BAK29020", field: "\(field).accessKeyId", message: "The AccessKey id is empty."))
        }
        if key?.accessKeySecret?.isEmpty ?? true {
            issues.append(StrategyIssue(code: "BAK29021", field: "\(field).accessKeySecret", message: "The AccessKey secret is empty."))
        }
        if needsAppId, blank(key?.appId) {
            issues.append(invalid("\(field).appId", "COS needs the application id (appId)."))
        }
        return issues
    }

    static func validateSecondary(_ request: BackupStrategyRequest, context: StrategyContext?) -> [StrategyIssue] {
        guard request.secondaryBackupEnabled == true else { return [] }
        var issues: [StrategyIssue] = []
        if let version = context?.obVersion, version < .secondaryBackupMinimum {
            issues.append(invalid("secondaryBackupEnabled", "Secondary backup needs OceanBase 2.2.77 or later; this is \(version)."))
        }
        guard let secondary = request.obSecondaryBackupConfig else {
            issues.append(missing("obSecondaryBackupConfig"))
            return issues
        }
        let field = "obSecondaryBackupConfig"
        if let schedule = secondary.scheduleConfig {
            if schedule.dataBackupScheduleEnabled == nil { issues.append(missing("\(field).scheduleConfig.dataBackupScheduleEnabled")) }
            if schedule.logBackupScheduleEnabled == nil { issues.append(missing("\(field).scheduleConfig.logBackupScheduleEnabled")) }
            switch schedule.logSecondaryBackupPeriod {
            case .none:
                issues.append(missing("\(field).scheduleConfig.logSecondaryBackupPeriod"))
            case .onceADay:
                break
            case .onceAnHour:
                issues.append(
                    StrategyIssue(
                        code: "BAK10002", field: "\(field).scheduleConfig.logSecondaryBackupPeriod",
                        message: "ONCE_AN_HOUR appears only in OCP's samples; the documented value is ONCE_A_DAY.", severity: .warning))
            case .some(let other):
                issues.append(
                    invalid(
                        "\(field).scheduleConfig.logSecondaryBackupPeriod",
                        "'\(InputExcerpt.clipped(other.rawValue))' is not a period; use ONCE_A_DAY."))
            }
        } else {
            issues.append(missing("\(field).scheduleConfig"))
        }
        if let storage = secondary.storageConfig {
            issues += validateStorage(storage, field: "\(field).storageConfig", context: context)
        } else {
            issues.append(missing("\(field).storageConfig"))
        }
        return issues
    }
}
