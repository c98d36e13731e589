import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// Step 2: the tenant's recoverable windows over the last seven days drawn as the Recoverable
/// tab draws them (``RecoverableTimeline``), a mark under the typed time, the date, time and
/// offset, and for a time in no window the nearest recoverable times with the keys that take them.
struct RestoreTimeLines {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The lines and the focused one.
    func lines(width: Int) -> (lines: [[Span]], focusLine: Int) {
        var lines: [[Span]] = []
        let name = wizard.sourceTenantName
        lines.append([Span("Tenant ", .muted), Span(DisplayWidth.truncate(name, toWidth: max(1, width - 7)), .header, style: .bold)])
        lines += timeline(width: width)
        lines.append([])
        var shown = wizard
        if wizard.nearest != nil { shown.fieldErrors[.time] = nil }
        let field = RestoreFieldLine(wizard: shown, ascii: ascii, labelWidth: 18)
        var focusLine = 0
        for restoreField in wizard.fields(of: .pointInTime) {
            if restoreField == wizard.focusedField { focusLine = lines.count }
            lines += field.lines(restoreField, width: width)
        }
        if case .success(let instant) = wizard.typedTime, let offset = wizard.windows.value?.snapshot.localOffset {
            lines.append([Span("  local time ", .muted), Span(RestoreTimeText.line(instant, offset: offset))])
        }
        if let nearest = wizard.nearest {
            lines.append([])
            lines += PaneText.wrapped("Not recoverable: that time falls in no window. Take the nearest:", role: .warning, width: width)
            let offset = wizard.typedOffset ?? wizard.windows.value?.sourceOffset ?? 0
            for (key, label, time) in [("[", "before", nearest.before), ("]", "after", nearest.after)] {
                guard let time else {
                    lines.append([Span("  " + key + " ", .disabled), Span("nothing recoverable \(label) it", .disabled)])
                    continue
                }
                lines.append([Span("  " + key, .accent, style: .bold), Span(" \(label)  "), Span(RestoreTimeText.line(time, offset: offset), .ok)])
            }
        }
        return (lines, focusLine)
    }

    private func timeline(width: Int) -> [[Span]] {
        guard let loaded = wizard.windows.value else {
            if let error = wizard.windows.error { return ErrorLines.lines(for: error, width: width, language: wizard.language) }
            return [[Span("Reading the backup data (OCP parses it; this can take a while)…", .muted)]]
        }
        let snapshot = loaded.snapshot
        let scope = snapshot.recoverability.scope
        guard let tenant = wizard.tenantWindows else {
            return PaneText.wrapped("OCP lists no backup data of this tenant in the last 7 days.", role: .warning, width: width)
        }
        let cells = max(7, width - 2)
        let drawn = RecoverableTimeline(scope: scope, cells: cells)
        var lines = [drawn.spans(of: tenant.windows, ascii: ascii), drawn.ruler(offset: snapshot.localOffset)]
        if case .success(let instant) = wizard.typedTime, instant >= scope.start, instant <= scope.end {
            let cell = min(cells - 1, Int(instant.timeIntervalSince(scope.start) / scope.length * Double(cells)))
            let mark = ascii ? "^" : "▲"
            let label = cell + 12 <= cells ? mark + " chosen" : "chosen " + mark
            let column = cell + 12 <= cells ? cell : max(0, cell - 7)
            lines.append([Span("  " + String(repeating: " ", count: column)), Span(label, .accent, style: .bold)])
        }
        lines += PaneText.wrapped(
            RecoverableTab.latest(tenant, scope: scope, offset: snapshot.localOffset, language: wizard.language),
            role: tenant.windows.isEmpty ? .error : .normal, width: width)
        for gap in tenant.gaps {
            let text =
                "gap \(TaskTimeText.short(gap.start, offset: snapshot.localOffset)) → \(TaskTimeText.short(gap.end, offset: snapshot.localOffset))"
            lines.append([Span("  " + text, .error)])
        }
        return lines
    }
}
