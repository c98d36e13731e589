import Foundation
import OCPAPI

/// Checks of the raw text a person types, before it becomes a request value. Request-level
/// rules are `StrategyValidator`'s; these only say when text cannot be read at all.
public enum FieldCheck {
    /// What is wrong with the text of `field`, or `nil`.
    public static func message(for field: WizardField, in form: StrategyForm) -> String? {
        switch field {
        case .scheduleTime, .cleanTime:
            let text = form.text(of: field)
            return ClockText.parseTime(text) == nil ? "Type the time as HH:MM, for example 02:00." : nil
        case .scheduleOffset:
            return ClockText.parseOffset(form.offsetText) == nil ? "Type the UTC offset as ±HH:MM, for example +08:00." : nil
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

    private static func storage(_ field: StorageField, _ storage: StorageForm) -> String? {
        switch field {
        case .alarmPercent:
            return number(storage.alarmPercentText)
        case .accessKeySecret:
            return storage.secret?.isMaskPlaceholder == true
                ? "Type the real secret: OCP shows it only as ******, and ****** would be stored as the secret." : nil
        default:
            return nil
        }
    }

    private static func number(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "Type a number." }
        guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), Int64(trimmed) != nil else {
            return "'\(TextSanitizer.singleLine(trimmed))' is not a whole number."
        }
        return nil
    }
}
