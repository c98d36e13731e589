import ConsoleCore
import Localization
import OCPAPI

/// Step 3: the clusters the tenant can go to, the chosen one marked; those that cannot take it
/// listed disabled with the reason (on the row when it fits, below it otherwise).
struct RestoreTargetLines {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The lines and the chosen row.
    func lines(width: Int) -> (lines: [[Span]], focusLine: Int) {
        let version = TextSanitizer.singleLine(wizard.source.obVersion ?? "?")
        var lines = PaneText.wrapped(
            "Running primary clusters at OceanBase \(version) or later can take the tenant (↑↓ choose):", role: .muted, width: width)
        var focusLine = lines.count
        guard !wizard.targets.isEmpty else { return (lines + [[Span("No cluster is listed.", .warning)]], focusLine) }
        let names = wizard.targets.map { ClusterRow(ClusterSummary($0.cluster)) }
        let nameWidth = min(24, max(8, names.map { DisplayWidth.width(of: $0.name) }.max() ?? 8))
        for (option, row) in zip(wizard.targets, names) {
            let chosen = option.id == wizard.form.targetId
            if chosen { focusLine = lines.count }
            let enabled = option.availability.isEnabled
            let mark = chosen ? (ascii ? "(*) " : "(•) ") : enabled ? "( ) " : "(-) "
            let role: Role = !enabled ? .disabled : chosen ? .selection : .normal
            var line = [
                Span(chosen ? (ascii ? "> " : "▶ ") : "  ", .accent, style: .bold),
                Span(mark + DisplayWidth.pad(DisplayWidth.truncate(row.name, toWidth: nameWidth), toWidth: nameWidth), role),
                Span("  " + DisplayWidth.pad(row.version, toWidth: 8), enabled ? .muted : .disabled),
            ]
            if let reason = option.availability.reason {
                let text = "  ⊘ " + reason.text(in: wizard.language)
                if line.reduce(0, { $0 + $1.width }) + DisplayWidth.width(of: text) <= width {
                    line.append(Span(text, .disabled))
                    lines.append(line)
                } else {
                    lines.append(line)
                    lines += PaneText.wrapped("⊘ " + reason.text(in: wizard.language), role: .disabled, width: width, indent: "      ")
                }
            } else {
                lines.append(line)
            }
        }
        if let message = wizard.fieldErrors[.target] { lines += [[]] + PaneText.wrapped("✗ " + message, role: .error, width: width) }
        if let id = wizard.form.targetId, let error = wizard.targetDetails[id]?.error {
            lines += ErrorLines.lines(for: error, width: width, language: wizard.language)
        }
        return (lines, focusLine)
    }
}
