import Foundation

/// The English wording of the health results ("last successful data backup 9 d ago; alarm
/// after 7 d"). Another language adds its own rendering beside this one; the rules build no
/// text. Server texts inside (messages, alert summaries) are made safe to print.
public enum HealthText {
    /// The reason in English.
    public static func english(_ reason: HealthReason) -> String {
        switch reason {
        case .noStrategy(let required, let type, let status):
            if required { return "no backup strategy on a running primary cluster" }
            let why = type == .standby ? "a standby" : "the cluster is " + TextSanitizer.singleLine(status?.rawValue ?? "not running")
            return "no backup strategy (none needed: \(why))"
        case .strategyDefined(let mode):
            return "backup strategy defined" + (mode.map { " (\(english($0)))" } ?? "")
        case .schedule(let status):
            return "backup scheduling " + english(status)
        case .lastSuccessfulDataBackup(let at, let age, let days, let since):
            let limit = "alarm after \(days) d"
            if at != nil, let age { return "last successful data backup \(DurationText.short(age)) ago; \(limit)" }
            if since != nil, let age { return "no successful data backup in the \(DurationText.short(age)) since the strategy was made; \(limit)" }
            return "no successful data backup known; \(limit)"
        case .latestDataBackup(let kind, let status, let statusClass, _, let message):
            let what = "latest \(kind.map(english) ?? "data") backup"
            let raw = TextSanitizer.singleLine(status?.rawValue ?? "without a status")
            let detail = message.map { ": " + TextSanitizer.singleLine($0) } ?? ""
            return "\(what) \(english(statusClass)) (\(raw))\(detail)"
        case .noDataBackupTasks:
            return "no data backup task in the period read"
        case .logBackup(let status, let statusClass):
            guard let status else { return "no log backup task" }
            let raw = TextSanitizer.singleLine(status.rawValue)
            return statusClass == .running ? "log backup running (\(raw))" : "log backup not running: \(raw) (\(english(statusClass)))"
        case .logBackupDelay(let seconds, let threshold):
            return "log backup delay \(DurationText.short(seconds)); alarm above \(DurationText.short(Double(threshold)))"
        case .recoverableUntil(let tenant, let end, let age, let threshold):
            let who = tenant.map { "tenant " + TextSanitizer.singleLine($0) } ?? "no tenant"
            guard end != nil, let age else { return "\(who): no recoverable window in the last 7 days" }
            return "\(who) recoverable until \(DurationText.short(age)) ago; alarm after \(DurationText.short(Double(threshold)))"
        case .activeAlert(let type, let level, let summary):
            let name = TextSanitizer.singleLine(type ?? "alert")
            let levelText = level.map { " level \($0)" } ?? ""
            return "OCP alert \(name)\(levelText)" + (summary.map { ": " + TextSanitizer.singleLine($0) } ?? "")
        case .noActiveAlerts:
            return "no active OCP backup alert"
        case .inputUnavailable(let kind, let problem):
            return "\(english(kind)) could not be read (\(TextSanitizer.singleLine(problem))); the rule is undecided"
        }
    }

    /// The finding's reason, prefixed by its level when it is not OK.
    public static func english(_ finding: HealthFinding) -> String {
        finding.level == .ok ? english(finding.reason) : "\(finding.level.rawValue): \(english(finding.reason))"
    }

    /// A status class in English.
    public static func english(_ statusClass: StatusClass) -> String {
        switch statusClass {
        case .pending: "pending"
        case .running: "running"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .paused: "stopped"
        case .unknown: "in an unknown state"
        }
    }

    /// A scheduling state in English.
    public static func english(_ status: BackupScheduleStatus) -> String {
        switch status {
        case .none: "not set up"
        case .normal: "normal"
        case .paused: "paused"
        case .waiting: "waiting"
        case .abnormal: "abnormal"
        default: TextSanitizer.singleLine(status.rawValue)
        }
    }

    /// A data backup kind in English.
    public static func english(_ kind: DataBackupKind) -> String {
        switch kind {
        case .full: "full"
        case .incremental: "incremental"
        default: TextSanitizer.singleLine(kind.rawValue)
        }
    }

    /// A backup mode in English.
    public static func english(_ mode: BackupMode) -> String {
        switch mode {
        case .physical: "physical"
        case .logical: "logical"
        default: TextSanitizer.singleLine(mode.rawValue)
        }
    }

    /// An input in English.
    public static func english(_ kind: HealthInputKind) -> String {
        switch kind {
        case .overview: "the backup overview"
        case .strategy: "the backup strategy"
        case .dataTasks: "the data backup tasks"
        case .logTasks: "the log backup tasks"
        case .recoverability: "the recoverable windows"
        case .alerts: "the backup alerts"
        }
    }
}
