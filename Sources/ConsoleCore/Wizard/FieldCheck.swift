import Foundation
import Localization
import OCPAPI

/// Checks of the raw text a person types, before it becomes a request value. Request-level
/// rules are `StrategyValidator`'s; these only say when text cannot be read at all.
public enum FieldCheck {
    /// What is wrong with the text of `field`, or `nil`.
    public static func message(for field: WizardField, in form: StrategyForm) -> Bilingual? {
        switch field {
        case .scheduleTime, .cleanTime:
            let text = form.text(of: field)
            return ClockText.parseTime(text) == nil ? Bilingual("Type the time as HH:MM, for example 02:00.", "请按 HH:MM 输入时间，例如 02:00。") : nil
        case .scheduleOffset:
            return ClockText.parseOffset(form.offsetText) == nil
                ? Bilingual("Type the UTC offset as ±HH:MM, for example +08:00.", "请按 ±HH:MM 输入 UTC 偏移，例如 +08:00。") : nil
        case .retentionDays, .dataBackupTimeout, .noSuccessDays, .logBackupDelay, .libObLogDays:
            return number(form.text(of: field))
        case .storage(let storageField):
            return storage(storageField, form.storage)
        case .secondaryStorage(let storageField):
            return storage(storageField, form.secondaryStorage)
        case .backupMode, .scheduleMode, .scheduleGrid, .cleanEnabled, .secondaryEnabled, .secondaryDataBackup:
            return nil
        }
    }

    private static func storage(_ field: StorageField, _ storage: StorageForm) -> Bilingual? {
        switch field {
        case .alarmPercent:
            return number(storage.alarmPercentText)
        case .accessKeySecret:
            return storage.secret?.isMaskPlaceholder == true
                ? Bilingual(
                    "Type the real secret: OCP shows it only as ******, and ****** would be stored as the secret.",
                    "请输入真实的密钥：OCP 只显示为 ******，而 ****** 会被当作密钥保存。") : nil
        default:
            return nil
        }
    }

    private static func number(_ text: String) -> Bilingual? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return Bilingual("Type a number.", "请输入一个数字。") }
        guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), Int64(trimmed) != nil else {
            let typed = TextSanitizer.singleLine(trimmed)
            return Bilingual("'\(typed)' is not a whole number.", "“\(typed)”不是整数。")
        }
        return nil
    }
}
