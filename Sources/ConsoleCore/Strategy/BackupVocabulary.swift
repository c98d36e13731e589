import Localization
import OCPAPI

/// The words for OCP's backup values, one wording wherever a person reads them: the console's
/// panes and the command line's tables (`ability`, `strategy show`), in the person's language.
/// JSON and YAML output keep OCP's own enum values. An unknown value is shown as it came, made
/// safe to print.
package enum BackupVocabulary {
    /// `Physical backup`, `Logical backup` (物理备份, 逻辑备份).
    package static func mode(_ mode: BackupMode, in language: Language) -> String {
        switch mode {
        case .physical: language.pick("Physical backup", "物理备份")
        case .logical: language.pick("Logical backup", "逻辑备份")
        default: TextSanitizer.singleLine(mode.rawValue)
        }
    }

    /// `Physical backup only`, `Logical and physical backup` …
    package static func ability(_ kind: BackupAbilityKind?, in language: Language) -> String {
        switch kind {
        case .logicalAndPhysical?: language.pick("Logical and physical backup", "逻辑备份和物理备份")
        case .physical?: language.pick("Physical backup only", "仅物理备份")
        case .logical?: language.pick("Logical backup only (needs the Backup & Recovery service)", "仅逻辑备份（需要备份恢复服务）")
        case let other?:
            language.pick("Unknown ability \(TextSanitizer.singleLine(other.rawValue))", "未知能力 \(TextSanitizer.singleLine(other.rawValue))")
        case nil: language.pick("OCP did not say", "OCP 未说明")
        }
    }

    /// `Full`, `Incremental` (全量, 增量).
    package static func dataBackupKind(_ kind: DataBackupKind, in language: Language) -> String {
        switch kind {
        case .full: language.pick("Full", "全量")
        case .incremental: language.pick("Incremental", "增量")
        default: TextSanitizer.singleLine(kind.rawValue)
        }
    }

    /// `FILE`, `OSS`, `COS`, or `?` when OCP did not say (the same in both languages).
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
    package static func period(_ period: SecondaryLogBackupPeriod, in language: Language) -> String {
        switch period {
        case .onceADay: language.pick("once a day", "每天一次")
        case .onceAnHour: language.pick("once an hour", "每小时一次")
        default: TextSanitizer.singleLine(period.rawValue)
        }
    }

    /// `Physical restore`, `Logical restore` for the ability's restore task type.
    package static func restoreKind(_ text: String, in language: Language) -> String {
        switch text {
        case "PHYSICAL_RESTORE": language.pick("Physical restore", "物理恢复")
        case "LOGICAL_RESTORE": language.pick("Logical restore", "逻辑恢复")
        default: TextSanitizer.singleLine(text)
        }
    }

    /// `On` or `Off`.
    package static func onOff(_ value: Bool, in language: Language) -> String {
        value ? language.pick("On", "开启") : language.pick("Off", "关闭")
    }
}
