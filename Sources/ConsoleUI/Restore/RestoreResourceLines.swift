import ConsoleCore
import Localization
import OCPAPI

/// Steps 4 and 5: the new tenant's name beside the target's tenants (the names taken), and
/// the target's zones with replica type, unit spec and count, then the primary zone.
struct RestoreResourceLines {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The name step's lines.
    func nameLines(width: Int) -> [[Span]] {
        var lines = RestoreFieldLine(wizard: wizard, ascii: ascii, labelWidth: 16).lines(.tenantName, width: width)
        lines.append([])
        let target = wizard.target.map { ClusterRow(ClusterSummary($0.cluster)).name } ?? "the target"
        guard let id = wizard.form.targetId, let loaded = wizard.targetTenants[id], let tenants = loaded.value else {
            if let error = wizard.form.targetId.flatMap({ wizard.targetTenants[$0]?.error }) {
                return lines + ErrorLines.lines(for: error, width: width, language: wizard.language)
            }
            return lines + [[Span("Reading the tenants of \(target)…", .muted)]]
        }
        let names = tenants.map { TextSanitizer.singleLine($0.name) }.sorted()
        lines += PaneText.wrapped("Tenants of \(target) (names taken):", role: .muted, width: width)
        lines += PaneText.wrapped(names.isEmpty ? "none" : names.joined(separator: ", "), role: .normal, width: width, indent: "  ")
        lines += PaneText.wrapped(
            "A name starts with a letter, then letters, digits or underscores (64 at most); the restore creates a new tenant.",
            role: .muted, width: width)
        return lines
    }

    /// The resources step's lines and the focused one.
    func resourceLines(width: Int) -> (lines: [[Span]], focusLine: Int) {
        let field = RestoreFieldLine(wizard: wizard, ascii: ascii, labelWidth: 12)
        var lines: [[Span]] = []
        var focusLine = 0
        let target = wizard.target?.cluster
        if let version = target?.version, version >= OBVersion(4) {
            lines += PaneText.wrapped("OceanBase 4.x: every zone used needs the same unit count.", role: .muted, width: width)
        }
        guard let id = wizard.form.targetId, wizard.targetDetails[id]?.value != nil, !wizard.form.zones.isEmpty else {
            if let error = wizard.form.targetId.flatMap({ wizard.targetDetails[$0]?.error }) {
                return (lines + ErrorLines.lines(for: error, width: width, language: wizard.language), 0)
            }
            let read = wizard.form.targetId.flatMap { wizard.targetDetails[$0]?.value } != nil
            return (lines + [[Span(read ? "The target lists no zones." : "Reading the target's zones…", read ? .warning : .muted)]], 0)
        }
        for (index, zone) in wizard.form.zones.enumerated() {
            lines.append([Span("Zone ", .muted), Span(DisplayWidth.truncate(zone.name, toWidth: max(1, width - 5)), .header, style: .bold)])
            for zoneField in wizard.fields(of: .resources) where zoneField.zoneIndex == index {
                if zoneField == wizard.focusedField { focusLine = lines.count }
                lines += field.lines(zoneField, width: width, indent: 2)
            }
        }
        lines.append([])
        if wizard.focusedField == .primaryZone { focusLine = lines.count }
        lines += field.lines(.primaryZone, width: width)
        let used = wizard.form.zones.filter { $0.replica != nil }.map(\.name)
        lines += PaneText.wrapped("Empty: OCP decides. One of: \(used.joined(separator: ", ")).", role: .muted, width: width, indent: "  ")
        return (lines, focusLine)
    }
}
