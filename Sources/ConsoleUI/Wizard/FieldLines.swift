import ConsoleCore
import Localization
import OCPAPI

/// The lines of a wizard step's fields: label, value, the message beside it, and the options
/// the cluster rules out with their reasons.
struct FieldLines {
    /// The wizard.
    let wizard: WizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The lines and the index of the focused field's line.
    func lines(width: Int) -> (lines: [[Span]], focusLine: Int) {
        let fields = wizard.fields(of: wizard.step)
        let language = wizard.language
        let labelWidth = min(34, max(12, (fields.map { DisplayWidth.width(of: $0.label.text(in: language)) }.max() ?? 0) + 1))
        let disabled = wizard.disabledOptions(of: wizard.step)
        var lines: [[Span]] = []
        var focusLine = 0
        for field in fields {
            let focused = field == wizard.focusedField
            if focused { focusLine = lines.count }
            let marker = focused ? (ascii ? "> " : "▶ ") : "  "
            var line = [
                Span(marker, .accent, style: .bold),
                Span(DisplayWidth.pad(field.label.text(in: language), toWidth: labelWidth), focused ? .selection : .normal),
            ]
            line.append(Span(" "))
            line += value(of: field, focused: focused, room: width - 3 - labelWidth)
            if let message = wizard.fieldErrors[field] {
                let used = line.reduce(0) { $0 + $1.width }
                if used + 3 + DisplayWidth.width(of: message) <= width {
                    line.append(Span("  ✗ " + message, .error))
                    lines.append(line)
                } else {
                    lines.append(line)
                    lines += PaneText.wrapped("✗ " + message, role: .error, width: width, indent: String(repeating: " ", count: labelWidth + 3))
                }
            } else {
                lines.append(line)
            }
            if field == .scheduleGrid {
                lines += ScheduleGrid(wizard: wizard, focused: focused, ascii: ascii).lines(indent: labelWidth + 3)
            }
            for option in disabled where option.field == field {
                lines += PaneText.wrapped(
                    unavailable(option), role: .disabled, width: width,
                    indent: String(repeating: " ", count: labelWidth + 3))
            }
        }
        for option in disabled where !fields.contains(option.field) && option.reason != wizard.stepNotice {
            lines += PaneText.wrapped(unavailable(option), role: .disabled, width: width, indent: "  ")
        }
        return (lines, focusLine)
    }

    /// `⊘ Logical backup unavailable: …`, in the wizard's language.
    private func unavailable(_ option: DisabledOption) -> String {
        let language = wizard.language
        return language.pick(
            "⊘ \(option.option.english) unavailable: \(option.reason.english)", "⊘ \(option.option.chinese)不可用：\(option.reason.chinese)")
    }

    /// The value of a field in `room` cells: the choices, or the text in an input box (secrets
    /// masked; a text longer than the box shows its end while typed, its start otherwise).
    func value(of field: WizardField, focused: Bool, room: Int) -> [Span] {
        let form = wizard.form
        let language = wizard.language
        switch field {
        case .backupMode:
            return choices([
                (language.pick("Physical", "物理备份"), form.backupMode == .physical, wizard.options.mode(.physical).isEnabled),
                (language.pick("Logical", "逻辑备份"), form.backupMode == .logical, wizard.options.mode(.logical).isEnabled),
            ])
        case .scheduleMode:
            return choices([
                (language.pick("Weekly", "每周"), form.scheduleMode == .week, true),
                (language.pick("Monthly", "每月"), form.scheduleMode == .month, true),
            ])
        case .scheduleGrid:
            let count = form.days.compactMap { $0 }.count
            return [Span(language.pick(Counted.noun(count, "day", "days", chinese: "天", in: .english) + " scheduled", "已调度 \(count) 天"), .muted)]
        case .storage(.type), .secondaryStorage(.type):
            let storage = field == .storage(.type) ? form.storage : form.secondaryStorage
            let objects = wizard.options.objectStorage.isEnabled
            return choices([("FILE", storage.type == .file, true), ("OSS", storage.type == .oss, objects), ("COS", storage.type == .cos, objects)])
        case .cleanEnabled, .secondaryEnabled, .secondaryDataBackup:
            let on = form.text(of: field) == "on"
            return choices([(language.pick("On", "开启"), on, true), (language.pick("Off", "关闭"), !on, true)])
        default:
            var text = form.text(of: field)
            if field.isSecret { text = text.isEmpty ? "" : String(repeating: ascii ? "*" : "•", count: 8) }
            return InputBox.spans(text, focused: focused, room: room)
        }
    }

    private func choices(_ items: [(String, Bool, Bool)]) -> [Span] {
        items.flatMap { item -> [Span] in
            let (label, chosen, enabled) = item
            let mark = chosen ? (ascii ? "(*)" : "(•)") : enabled ? "( )" : "(-)"
            let role: Role = !enabled ? .disabled : chosen ? .accent : .normal
            return [Span(mark + " " + label + "  ", role, style: chosen ? .bold : [])]
        }
    }
}
