import ConsoleCore
import Localization
import OCPAPI

/// Step 1: a tenant OCP knows (a list of the cluster's tenants with their latest recoverable
/// time) or the offline form (backup mode, names, storage; the secret masked).
struct RestoreSourceLines {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The lines and the focused one.
    func lines(width: Int) -> (lines: [[Span]], focusLine: Int) {
        let field = RestoreFieldLine(wizard: wizard, ascii: ascii, labelWidth: 24)
        var lines = field.lines(.sourceKind, width: width)
        var focusLine = 0
        lines.append([])
        guard wizard.form.offline else {
            lines += PaneText.wrapped("Tenants of \(ClusterRow(ClusterSummary(wizard.source)).name) (↑↓ choose):", role: .muted, width: width)
            if wizard.focusedField == .sourceTenant { focusLine = lines.count }
            lines += tenantRows(width: width)
            if let message = wizard.fieldErrors[.sourceTenant] { lines += PaneText.wrapped("✗ " + message, role: .error, width: width) }
            return (lines, focusLine)
        }
        for restoreField in wizard.fields(of: .source).dropFirst() {
            if restoreField == wizard.focusedField { focusLine = lines.count }
            lines += field.lines(restoreField, width: width)
        }
        lines += PaneText.wrapped(
            "For a tenant OCP no longer knows: OCP reads its backups from this storage. The secret is never saved.", role: .muted,
            width: width)
        return (lines, focusLine)
    }

    private func tenantRows(width: Int) -> [[Span]] {
        if wizard.tenants.value == nil {
            if let error = wizard.tenants.error { return ErrorLines.lines(for: error, width: width, language: wizard.language) }
            return [[Span("  Reading the tenants…", .muted)]]
        }
        let tenants = wizard.restorableTenants
        guard !tenants.isEmpty else {
            return PaneText.wrapped("  The cluster has no tenant to restore (sys is not restored).", role: .warning, width: width)
        }
        let recoverability = wizard.windows.value?.snapshot.recoverability
        let offset = wizard.windows.value?.snapshot.localOffset ?? 0
        let nameWidth = min(24, max(8, tenants.map { DisplayWidth.width(of: TextSanitizer.singleLine($0.name)) }.max() ?? 8))
        return tenants.map { tenant in
            let chosen = tenant.id == wizard.form.tenantId
            let focused = chosen && wizard.focusedField == .sourceTenant
            let mark = chosen ? (ascii ? "(*) " : "(•) ") : "( ) "
            let name = DisplayWidth.pad(DisplayWidth.truncate(TextSanitizer.singleLine(tenant.name), toWidth: nameWidth), toWidth: nameWidth)
            let windows = recoverability.flatMap { $0.tenant(id: tenant.id) ?? $0.tenant(named: tenant.name) }
            let latest: Span =
                if let time = windows?.latestRecoverableTime {
                    Span("  to " + TaskTimeText.short(time, offset: offset), .muted)
                } else if recoverability != nil {
                    Span("  no recoverable window", .warning)
                } else {
                    Span("")
                }
            return [
                Span(focused ? (ascii ? "> " : "▶ ") : "  ", .accent, style: .bold),
                Span(mark + name, focused ? .selection : chosen ? .accent : .normal), latest,
            ]
        }
    }
}
