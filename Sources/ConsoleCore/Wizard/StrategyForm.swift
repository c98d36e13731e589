import OCPAPI

/// The strategy as the person edits it: raw text for what is typed, values for what is chosen.
/// It maps to a `BackupStrategyRequest` (see `StrategyForm+Request.swift`).
public struct StrategyForm: Codable, Equatable, Sendable {
    /// LOGICAL_BACKUP or PHYSICAL_BACKUP.
    public var backupMode: BackupMode
    /// WEEK or MONTH.
    public var scheduleMode: ScheduleMode
    /// Monday … Sunday: no backup, full or incremental.
    public var weekDays: [DataBackupKind?]
    /// Days 1 … 31 of the month.
    public var monthDays: [DataBackupKind?]
    /// Backup time `HH:MM`.
    public var timeText: String
    /// UTC offset `±HH:MM` of the backup and cleanup times.
    public var offsetText: String
    /// Main storage.
    public var storage: StorageForm
    /// Clean expired backups (FILE storage only).
    public var cleanEnabled: Bool
    /// Days of backups to keep.
    public var retentionDaysText: String
    /// Cleanup time `HH:MM`.
    public var cleanTimeText: String
    /// Data backup timeout alert, minutes.
    public var dataBackupTimeoutText: String
    /// Days without a successful data backup before alerting.
    public var noSuccessDaysText: String
    /// Log backup delay alert, seconds.
    public var logBackupDelayText: String
    /// liboblog retention days (logical only).
    public var libObLogDaysText: String
    /// Secondary backup on.
    public var secondaryEnabled: Bool
    /// Copy each data backup to the secondary storage.
    public var secondaryDataBackup: Bool
    /// Secondary storage.
    public var secondaryStorage: StorageForm

    /// A form with the documented defaults (docs/ocp-api.md, Strategy rules and defaults): weekly, full backup on Saturday at
    /// 02:00 in `offsetSeconds`, FILE storage with an 80 % alert, cleanup off keeping 7 days,
    /// thresholds from `StrategyDefaults`, no secondary backup; the no-success alarm is what
    /// that schedule implies (8 days: a week between full backups, plus one), not OCP's 2 days,
    /// which would fire between two normal weekly runs. A weekly gap does not depend on the
    /// day it is counted from, so no clock is needed.
    public init(backupMode: BackupMode, offsetSeconds: Int) {
        self.backupMode = backupMode
        scheduleMode = .week
        weekDays = Array(repeating: nil, count: 7)
        weekDays[5] = .full
        monthDays = Array(repeating: nil, count: 31)
        monthDays[0] = .full
        timeText = "02:00"
        offsetText = ClockText.offset(offsetSeconds)
        storage = StorageForm()
        cleanEnabled = false
        retentionDaysText = String(StrategyDefaults.retentionDays)
        cleanTimeText = "03:00"
        dataBackupTimeoutText = String(StrategyDefaults.dataBackupTimeoutMinutes)
        noSuccessDaysText = String(StrategyDefaults.noSuccessfulDataBackupAlarmDays)
        logBackupDelayText = String(StrategyDefaults.logBackupDelaySeconds)
        libObLogDaysText = String(StrategyDefaults.libObLogExpireDays)
        secondaryEnabled = false
        secondaryDataBackup = true
        secondaryStorage = StorageForm()
        followScheduleWithAlarmDays(now: 0)
    }

    /// The grid of the current cycle.
    public var days: [DataBackupKind?] {
        get { scheduleMode == .month ? monthDays : weekDays }
        set {
            if scheduleMode == .month { monthDays = newValue } else { weekDays = newValue }
        }
    }

    /// The schedule map OCP expects: day number as text to backup kind.
    public var dayMap: [String: DataBackupKind] {
        var map: [String: DataBackupKind] = [:]
        for (index, kind) in days.enumerated() {
            if let kind { map[String(index + 1)] = kind }
        }
        return map
    }

    /// The text of a typed field.
    public func text(of field: WizardField) -> String {
        switch field {
        case .backupMode: backupMode.rawValue
        case .scheduleMode: scheduleMode.rawValue
        case .scheduleGrid: ""
        case .scheduleTime: timeText
        case .scheduleOffset: offsetText
        case .storage(let storageField): storage.text(of: storageField)
        case .cleanEnabled: cleanEnabled ? "on" : "off"
        case .retentionDays: retentionDaysText
        case .cleanTime: cleanTimeText
        case .dataBackupTimeout: dataBackupTimeoutText
        case .noSuccessDays: noSuccessDaysText
        case .logBackupDelay: logBackupDelayText
        case .libObLogDays: libObLogDaysText
        case .secondaryEnabled: secondaryEnabled ? "on" : "off"
        case .secondaryDataBackup: secondaryDataBackup ? "on" : "off"
        case .secondaryStorage(let storageField): secondaryStorage.text(of: storageField)
        }
    }

    /// The editable text (the secret's real value), for appending and deleting.
    func editableText(of field: WizardField) -> String {
        switch field {
        case .storage(let storageField): storage.editableText(of: storageField)
        case .secondaryStorage(let storageField): secondaryStorage.editableText(of: storageField)
        default: text(of: field)
        }
    }

    /// Replaces the text of a typed field; choices are left alone.
    public mutating func setText(_ text: String, of field: WizardField) {
        switch field {
        case .scheduleTime: timeText = text
        case .scheduleOffset: offsetText = text
        case .storage(let storageField): storage.setText(text, of: storageField)
        case .retentionDays: retentionDaysText = text
        case .cleanTime: cleanTimeText = text
        case .dataBackupTimeout: dataBackupTimeoutText = text
        case .noSuccessDays: noSuccessDaysText = text
        case .logBackupDelay: logBackupDelayText = text
        case .libObLogDays: libObLogDaysText = text
        case .secondaryStorage(let storageField): secondaryStorage.setText(text, of: storageField)
        case .backupMode, .scheduleMode, .scheduleGrid, .cleanEnabled, .secondaryEnabled, .secondaryDataBackup: break
        }
    }

    /// The form without secrets, as drafts keep it.
    public var withoutSecrets: StrategyForm {
        var copy = self
        copy.storage.secret = nil
        copy.secondaryStorage.secret = nil
        return copy
    }
}
