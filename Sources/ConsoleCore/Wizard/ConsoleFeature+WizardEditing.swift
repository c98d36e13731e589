import Localization
import OCPAPI

extension ConsoleFeature {
    /// Typing, deleting, toggling and moving in the grid; the no-success alarm follows the
    /// schedule until it is typed into.
    func edit(_ wizard: inout WizardState, action: WizardAction) {
        guard let field = wizard.focusedField else { return }
        defer {
            switch action {
            case .typed where field == .noSuccessDays, .deleteBackward where field == .noSuccessDays: wizard.alarmFollowsSchedule = false
            default: break
            }
            if wizard.alarmFollowsSchedule { wizard.form.followScheduleWithAlarmDays(now: nowSeconds) }
        }
        switch action {
        case .typed(let character):
            guard !field.isChoice, !character.isNewline else { return }
            wizard.form.setText(wizard.form.editableText(of: field) + String(character), of: field)
            wizard.fieldErrors[field] = nil
        case .deleteBackward:
            guard !field.isChoice else { return }
            wizard.form.setText(String(wizard.form.editableText(of: field).dropLast()), of: field)
            wizard.fieldErrors[field] = nil
        case .toggle:
            toggle(field, in: &wizard)
        case .moveCell(let direction):
            guard field == .scheduleGrid else { return }
            let step =
                switch direction {
                case .left: -1
                case .right: 1
                case .up: -7
                case .down: 7
                }
            wizard.gridCursor = min(max(0, wizard.gridCursor + step), wizard.form.days.count - 1)
        default:
            return
        }
    }

    private func toggle(_ field: WizardField, in wizard: inout WizardState) {
        let options = wizard.options
        switch field {
        case .backupMode:
            let other: BackupMode = wizard.form.backupMode == .physical ? .logical : .physical
            if let reason = options.mode(other).reason {
                wizard.fieldErrors[field] = reason.text(in: wizard.language)
            } else {
                wizard.form.backupMode = other
                wizard.fieldErrors[field] = nil
            }
        case .scheduleMode:
            wizard.form.scheduleMode = wizard.form.scheduleMode == .week ? .month : .week
            wizard.gridCursor = 0
            wizard.fieldErrors[.scheduleGrid] = nil
        case .scheduleGrid:
            cycleCell(in: &wizard)
        case .storage(.type):
            cycleStorageType(secondary: false, field: field, in: &wizard)
        case .secondaryStorage(.type):
            cycleStorageType(secondary: true, field: field, in: &wizard)
        case .cleanEnabled:
            wizard.form.cleanEnabled.toggle()
        case .secondaryEnabled:
            if let reason = options.secondary.reason {
                wizard.fieldErrors[field] = reason.text(in: wizard.language)
            } else {
                wizard.form.secondaryEnabled.toggle()
            }
        case .secondaryDataBackup:
            wizard.form.secondaryDataBackup.toggle()
        default:
            return
        }
    }

    private func cycleCell(in wizard: inout WizardState) {
        let index = min(wizard.gridCursor, wizard.form.days.count - 1)
        let incremental = wizard.options.incremental(for: wizard.form.backupMode)
        switch wizard.form.days[index] {
        case nil:
            let chosen = wizard.form.days.compactMap { $0 }.count
            if wizard.form.scheduleMode == .month, chosen >= StrategyDefaults.maxMonthDays {
                wizard.fieldErrors[.scheduleGrid] = wizard.language.pick(
                    "A monthly schedule may use at most \(StrategyDefaults.maxMonthDays) days.", "每月调度最多使用 \(StrategyDefaults.maxMonthDays) 天。")
                return
            }
            wizard.form.days[index] = .full
        case .full?:
            wizard.form.days[index] = incremental.isEnabled ? .incremental : nil
            if let reason = incremental.reason { wizard.fieldErrors[.scheduleGrid] = reason.text(in: wizard.language) }
            return
        default:
            wizard.form.days[index] = nil
        }
        wizard.fieldErrors[.scheduleGrid] = nil
    }

    private func cycleStorageType(secondary: Bool, field: WizardField, in wizard: inout WizardState) {
        var storage = secondary ? wizard.form.secondaryStorage : wizard.form.storage
        storage.cycleType()
        if storage.type != .file, let reason = wizard.options.objectStorage.reason {
            storage.type = .file
            wizard.fieldErrors[field] = reason.text(in: wizard.language)
        } else {
            wizard.fieldErrors[field] = nil
        }
        if secondary { wizard.form.secondaryStorage = storage } else { wizard.form.storage = storage }
    }

    /// Decides whether the alarm follows the schedule: always for a `fresh` strategy (and sets
    /// it), else while the value is what the schedule implies.
    func followSchedule(with wizard: inout WizardState, fresh: Bool) {
        wizard.alarmFollowsSchedule = fresh || wizard.form.alarmDaysMatchSchedule(now: nowSeconds)
        if wizard.alarmFollowsSchedule { wizard.form.followScheduleWithAlarmDays(now: nowSeconds) }
    }
}
