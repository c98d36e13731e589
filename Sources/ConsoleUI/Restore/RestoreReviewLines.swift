import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// Steps 6 to 8: OCP's preview (the backup sets and log pieces), the review (what is created
/// where, the time in the source's offset and in local time, the exact body with secrets
/// masked) and the confirmation with where the sending stands.
struct RestoreReviewLines {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The preview's lines.
    func previewLines(width: Int) -> [[Span]] {
        var lines = PaneText.wrapped("What OCP would read for this restore (its preview):", role: .muted, width: width)
        guard let preview = wizard.preview.value else {
            if let error = wizard.preview.error {
                return lines + ErrorLines.lines(for: error, width: width, language: wizard.language)
                    + PaneText.wrapped("The preview failed; Enter goes on to the review, PgUp changes the request.", role: .warning, width: width)
            }
            return lines + [[Span("Asking OCP…", .muted)]]
        }
        for (title, items) in [("Backup sets", preview.backupSets), ("Log pieces", preview.logPieces)] {
            lines.append([])
            lines.append(PaneText.heading("\(title) (\(items.count))"))
            if items.isEmpty { lines.append([Span("  none", title == "Backup sets" ? .warning : .muted)]) }
            for item in items {
                let id = TextSanitizer.singleLine(item.backupId?.description ?? "?")
                let dest = TextSanitizer.singleLine(item.backupDest ?? "")
                lines.append([Span("  #" + id, .accent, style: .bold)])
                lines += PaneText.wrapped(dest, role: .normal, width: width, indent: "    ")
            }
        }
        return lines
    }

    /// The review's fixed head.
    func reviewHead(width: Int) -> [[Span]] {
        guard let mutation = wizard.mutation else {
            return PaneText.wrapped("The request could not be prepared; PgUp and check the steps.", role: .error, width: width)
        }
        return [
            [Span(mutation.requestLine, .accent, style: .bold)],
            [
                Span("Enter", .accent, style: .bold), Span(" confirm (type the name)  "), Span("x", .accent, style: .bold), Span(" export  "),
                Span("PgUp", .accent, style: .bold), Span(" back"),
            ],
        ]
    }

    /// The review's scrolling lines: what happens, then the body.
    func reviewBody(width: Int) -> [[Span]] {
        guard let mutation = wizard.mutation else { return [] }
        var lines: [[Span]] = [[], PaneText.heading("What happens")]
        lines += PaneText.wrapped(summary, role: .normal, width: width)
        if let instant = wizard.pointInTime, let windows = wizard.windows.value {
            lines.append([Span("  source's time ", .muted), Span(RestoreTimeText.line(instant, offset: windows.sourceOffset))])
            lines.append([Span("  local time    ", .muted), Span(RestoreTimeText.line(instant, offset: windows.snapshot.localOffset))])
        }
        lines += zoneLines(width: width)
        lines.append([])
        lines.append(PaneText.heading("Request body (exactly as sent, secrets masked)"))
        lines += JSONLines.lines(mutation.request.maskedBody() ?? "", width: width)
        return lines
    }

    /// `Restores tenant t1 of cluster 风控 (id 1) as t1_r in cluster 北京 (id 2).`
    private var summary: String {
        let source = ClusterRow(ClusterSummary(wizard.source)).name
        let target = wizard.target.map { ClusterRow(ClusterSummary($0.cluster)).name } ?? "?"
        let how = wizard.form.offline ? " (offline, from its backup storage)" : ""
        return "Restores tenant \(wizard.sourceTenantName) of cluster \(source) (id \(wizard.source.id))\(how) as a new tenant "
            + "\(TextSanitizer.singleLine(wizard.form.tenantName)) in cluster \(target) (id \(wizard.form.targetId.map(String.init) ?? "?")), to:"
    }

    private func zoneLines(width: Int) -> [[Span]] {
        let used = wizard.form.zones.filter { $0.replica != nil }
        var lines: [[Span]] = used.map { zone in
            [
                Span("  " + zone.name, .header),
                Span("  \(zone.replica?.rawValue ?? "")  \(zone.unitCount ?? 0) × \(TextSanitizer.singleLine(zone.unitSpec))"),
            ]
        }
        let primary = wizard.form.primaryZone.trimmingCharacters(in: .whitespaces)
        lines.append([Span("  primary zone ", .muted), Span(primary.isEmpty ? "OCP decides" : TextSanitizer.singleLine(primary))])
        return lines
    }

    /// The confirmation's lines.
    func confirmLines(width: Int) -> [[Span]] {
        let name = TextSanitizer.singleLine(wizard.form.tenantName)
        var lines = PaneText.wrapped(summary, role: .normal, width: width)
        if let instant = wizard.pointInTime, let windows = wizard.windows.value {
            lines.append([Span("  " + RestoreTimeText.line(instant, offset: windows.sourceOffset), .accent, style: .bold)])
        }
        lines.append([])
        switch wizard.submission {
        case .idle, .failed, .reread(_, nil):
            lines += PaneText.wrapped("Type the new tenant's name, \(name), then Enter sends the restore (once).", role: .warning, width: width)
            lines += RestoreFieldLine(wizard: wizard, ascii: ascii, labelWidth: 14).lines(.confirmName, width: width)
        default:
            break
        }
        return lines + submissionLines(width: width)
    }

    private func submissionLines(width: Int) -> [[Span]] {
        let target = wizard.target.map { ClusterRow(ClusterSummary($0.cluster)).name } ?? "the target"
        switch wizard.submission {
        case .idle:
            return []
        case .inFlight:
            return [[Span("Sending… waiting for OCP's answer (sent once, never repeated).", .warning)]]
        case .succeeded(let ids, let trace):
            var lines: [[Span]] = [
                [
                    Span("✓ OCP accepted the restore", .ok, style: .bold),
                    Span(ids.isEmpty ? "" : "  task " + ids.map(String.init).joined(separator: ", ")),
                ]
            ]
            if let trace { lines.append([Span("  traceId " + trace, .muted)]) }
            lines += PaneText.wrapped("Enter opens the task; when it ends the new tenant is listed under \(target):", role: .normal, width: width)
            if let id = wizard.form.targetId, let tenants = wizard.targetTenants[id]?.value {
                let names = tenants.map { TextSanitizer.singleLine($0.name) }.sorted()
                lines += PaneText.wrapped(names.joined(separator: ", "), role: .muted, width: width, indent: "  ")
            }
            return lines
        case .failed(let error):
            return PaneText.wrapped("OCP refused the restore; nothing was created.", role: .error, width: width)
                + ErrorLines.lines(for: error, width: width, language: wizard.language)
        case .outcomeUnknown(let error):
            return PaneText.wrapped(
                "No answer from OCP: the restore may or may not have started. Reading the restore tasks before anything else.", role: .warning,
                width: width) + ErrorLines.lines(for: error, width: width, language: wizard.language)
        case .reread(let error, let found?):
            let task = found.taskId.map { "; Enter opens task \($0)" } ?? ""
            return PaneText.wrapped(
                "After no answer the restore tasks were read: the restore arrived (record \(found.recordId.map(String.init) ?? "?"), \(found.status))\(task). Nothing is sent again.",
                role: .warning, width: width) + ErrorLines.lines(for: error, width: width, language: wizard.language)
        case .reread(let error, nil):
            return PaneText.wrapped(
                "After no answer the restore tasks were read: no restore of \(TextSanitizer.singleLine(wizard.form.tenantName)) is listed, so it did not arrive. Typing the name again sends the same request.",
                role: .warning, width: width) + ErrorLines.lines(for: error, width: width, language: wizard.language)
        case .rereadFailed(let error, let reread):
            return PaneText.wrapped("No answer, and the restore tasks could not be read either. r reads them again.", role: .error, width: width)
                + ErrorLines.lines(for: error, width: width, language: wizard.language)
                + ErrorLines.lines(for: reread, width: width, language: wizard.language)
        }
    }
}
