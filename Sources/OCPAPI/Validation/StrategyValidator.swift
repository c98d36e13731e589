/// The documented rules of a backup strategy request (docs/ocp-api.md: errors, strategy rules), each with
/// the OCP code OCP answers. The simulator enforces them; the console and `--dry-run` check
/// them before anything is sent.
public enum StrategyValidator {
    /// Every problem with `request`; cluster-dependent rules run only when `context` is given.
    public static func validate(_ request: BackupStrategyRequest, context: StrategyContext? = nil) -> [StrategyIssue] {
        var issues: [StrategyIssue] = []
        if let blocker = context?.strategyBlocker { issues.append(blocker) }
        issues += mode(request, context: context)
        if let schedule = request.obBackupScheduleConfig {
            issues += validateSchedule(schedule, mode: request.backupMode, storage: request.obBackupServiceStorageConfig, context: context)
        } else {
            issues.append(missing("obBackupScheduleConfig"))
        }
        if let thresholds = request.obBackupThresholdConfig {
            issues += validateThresholds(thresholds, mode: request.backupMode)
        } else {
            issues.append(missing("obBackupThresholdConfig"))
        }
        if let storage = request.obBackupServiceStorageConfig {
            issues += validateStorage(storage, field: "obBackupServiceStorageConfig", context: context)
        } else {
            issues.append(missing("obBackupServiceStorageConfig"))
        }
        issues += validateSecondary(request, context: context)
        return issues
    }

    /// Only the errors of `validate`.
    public static func errors(_ request: BackupStrategyRequest, context: StrategyContext? = nil) -> [StrategyIssue] {
        validate(request, context: context).filter { $0.severity == .error }
    }

    static func missing(_ field: String) -> StrategyIssue {
        StrategyIssue(code: "BAK10002", field: field, message: "Required; it is missing.")
    }

    static func invalid(_ field: String, _ message: String) -> StrategyIssue {
        StrategyIssue(code: "BAK10002", field: field, message: message)
    }

    private static func mode(_ request: BackupStrategyRequest, context: StrategyContext?) -> [StrategyIssue] {
        guard let mode = request.backupMode else { return [missing("backupMode")] }
        guard mode.isDocumented else {
            return [invalid("backupMode", "'\(InputExcerpt.clipped(mode.rawValue))' is not a backup mode; use LOGICAL_BACKUP or PHYSICAL_BACKUP.")]
        }
        if let ability = context?.ability?.backupAbility, !ability.allows(mode) {
            return [
                StrategyIssue(
                    code: "BAK21008", field: "backupMode",
                    message: "The cluster does not support \(mode.rawValue); its ability is \(ability.rawValue).")
            ]
        }
        if mode == .physical, let version = context?.obVersion, version < .physicalBackupMinimum {
            return [
                StrategyIssue(
                    code: "BAK21008", field: "backupMode", message: "Physical backup needs OceanBase 2.2.60 or later; this is \(version).")
            ]
        }
        return []
    }

    /// Checks an `HH:mm:ss.SSS±HH:MM` time (BAK21007).
    static func time(_ text: String?, field: String, required: Bool) -> [StrategyIssue] {
        guard let text else { return required ? [missing(field)] : [] }
        guard ScheduleTime.parse(text) != nil else {
            return [
                StrategyIssue(
                    code: "BAK21007", field: field,
                    message: "The time '\(InputExcerpt.clipped(text))' does not match HH:mm:ss.SSS±HH:MM (for example 02:00:00.000+08:00).")
            ]
        }
        return []
    }

    /// Checks a number against a range.
    static func range(_ value: Int64?, _ range: ClosedRange<Int64>, field: String, required: Bool) -> [StrategyIssue] {
        guard let value else { return required ? [missing(field)] : [] }
        guard range.contains(value) else {
            return [invalid(field, "\(value) is out of range; use \(range.lowerBound)–\(range.upperBound).")]
        }
        return []
    }
}
