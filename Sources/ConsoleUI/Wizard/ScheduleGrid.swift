import ConsoleCore
import Localization
import OCPAPI

/// The schedule grid: Mon…Sun for a weekly cycle, days 1–31 as a 7-column calendar for a
/// monthly one; each cell none, F (Full) or I (Incremental), with the cursor.
struct ScheduleGrid {
    /// The wizard.
    let wizard: WizardState
    /// Whether the grid has the focus (the cursor shows).
    let focused: Bool
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The grid's lines, indented by `indent` cells.
    func lines(indent: Int) -> [[Span]] {
        let pad = Span(String(repeating: " ", count: indent))
        let days = wizard.form.days
        var lines: [[Span]] = []
        if wizard.form.scheduleMode == .month {
            for week in 0..<5 {
                var line = [pad]
                for weekday in 0..<7 {
                    let index = week * 7 + weekday
                    guard index < days.count else { break }
                    line += cell(index: index, kind: days[index], label: (index < 9 ? " " : "") + String(index + 1))
                }
                lines.append(line)
            }
            let count = days.compactMap { $0 }.count
            lines.append([pad, Span(wizard.language.pick("\(count) of at most 10 days", "已选 \(count) 天，最多 10 天"), count > 10 ? .error : .muted)])
        } else {
            var line = [pad]
            for (index, name) in SchedulePreview.weekdayNames(in: wizard.language).enumerated() where index < days.count {
                line += cell(index: index, kind: days[index], label: name)
            }
            lines.append(line)
        }
        lines.append([
            pad, Span("F", .ok, style: .bold), Span(wizard.language.pick(" Full  ", " 全量  "), .muted), Span("I", .accent, style: .bold),
            Span(wizard.language.pick(" Incremental  ", " 增量  "), .muted), Span(ascii ? "." : "·", .muted),
            Span(wizard.language.pick(" none", " 无"), .muted),
        ])
        return lines
    }

    private func cell(index: Int, kind: DataBackupKind?, label: String) -> [Span] {
        let (mark, role): (String, Role) =
            switch kind {
            case .full?: ("F", .ok)
            case .incremental?: ("I", .accent)
            default: (ascii ? "." : "·", .muted)
            }
        let isCursor = focused && index == wizard.gridCursor
        let labelRole: Role = isCursor ? .selection : .normal
        return [Span(label + " ", labelRole), Span(mark, isCursor ? .selection : role, style: kind == nil ? [] : .bold), Span("  ")]
    }
}
