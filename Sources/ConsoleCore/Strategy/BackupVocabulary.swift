import OCPAPI

/// The words for OCP's backup values, one wording wherever a person reads them: the console's
/// panes and the command line's tables (`ability`, `strategy show`). JSON and YAML output keep
/// OCP's own enum values. An unknown value is shown as it came, made safe to print.
package enum BackupVocabulary {
    /// `Physical backup`, `Logical backup`.
    package static func mode(_ mode: BackupMode) -> String {
        switch mode {
        case .physical: "Physical backup"
        case .logical: "Logical backup"
        default: TextSanitizer.singleLine(mode.rawValue)
        }
    }

    /// `Physical backup only`, `Logical and physical backup` …
    package static func ability(_ kind: BackupAbilityKind?) -> String {
        switch kind {
        case .logicalAndPhysical?: "Logical and physical backup"
        case .physical?: "Physical backup only"
        case .logical?: "Logical backup only (needs the Backup & Recovery service)"
        case let other?: "Unknown ability \(TextSanitizer.singleLine(other.rawValue))"
        case nil: "OCP did not say"
        }
    }

    /// `Full`, `Incremental`.
    package static func dataBackupKind(_ kind: DataBackupKind) -> String {
        switch kind {
        case .full: "Full"
        case .incremental: "Incremental"
        default: TextSanitizer.singleLine(kind.rawValue)
        }
    }

    /// `FILE`, `OSS`, `COS`, or `?` when OCP did not say.
    package static func storageType(_ type: StorageType?) -> String {
        switch type {
        case .file?: "FILE"
        case .oss?: "OSS"
        case .cos?: "COS"
        case let other?: TextSanitizer.singleLine(other.rawValue)
        case nil: "?"
        }
    }

    /// `once a day`, `once an hour`.
    package static func period(_ period: SecondaryLogBackupPeriod) -> String {
        switch period {
        case .onceADay: "once a day"
        case .onceAnHour: "once an hour"
        default: TextSanitizer.singleLine(period.rawValue)
        }
    }

    /// `Physical restore`, `Logical restore` for the ability's restore task type.
    package static func restoreKind(_ text: String) -> String {
        switch text {
        case "PHYSICAL_RESTORE": "Physical restore"
        case "LOGICAL_RESTORE": "Logical restore"
        default: TextSanitizer.singleLine(text)
        }
    }

    /// `On` or `Off`.
    package static func onOff(_ value: Bool) -> String { value ? "On" : "Off" }
}
