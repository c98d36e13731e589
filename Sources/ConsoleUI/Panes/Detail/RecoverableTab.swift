import ConsoleCore
import Foundation
import OCPAPI

/// The Recoverable tab: each tenant's windows over the last seven days as a timeline of cells
/// (a cell is a slice of the week: whole, part or none of it recoverable), a day ruler under
/// it, the gaps by time, and the latest recoverable time in words.
enum RecoverableTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        guard let loaded = context.state.recoverability[context.cluster.id] else {
            return PaneText.wrapped("Not read yet (r reads it).", role: .muted, width: context.width)
        }
        guard let snapshot = loaded.value else {
            if let error = loaded.error { return ErrorLines.lines(for: error, width: context.width) }
            return [[Span("Reading the backup data (OCP parses it; this can take a while)…", .muted)]]
        }
        let ascii = context.options.isASCII
        let recoverability = snapshot.recoverability
        let scope = recoverability.scope
        let cells = max(7, context.width - 2)
        let timeline = RecoverableTimeline(scope: scope, cells: cells)
        var lines: [[Span]] = []
        if loaded.isLoading { lines.append([Span("Reading again…", .muted)]) }
        if let error = loaded.error { lines += ErrorLines.lines(for: error, width: context.width).prefix(2) }
        let end = TaskTimeText.short(scope.end, offset: snapshot.localOffset)
        lines += fitted(
            [Span("The 7 days to ", .muted), Span(end), Span(" (OCP's time when read)", .muted)], width: context.width,
            else: PaneText.wrapped("The 7 days to \(end) (OCP's time when read)", role: .muted, width: context.width))
        let legend: [[Span]] = [
            [Span(RecoverableTimeline.glyph(.whole, ascii: ascii), .ok), Span(" recoverable  ", .muted)],
            [Span(RecoverableTimeline.glyph(.part, ascii: ascii), .warning), Span(" partly  ", .muted)],
            [Span(RecoverableTimeline.glyph(.none, ascii: ascii), .error), Span(" not (a gap)", .muted)],
        ]
        lines += fitted(legend.flatMap { $0 }, width: context.width, else: legend)
        guard !recoverability.tenants.isEmpty else {
            return lines + PaneText.wrapped("No tenant has backup data in the last seven days.", role: .warning, width: context.width)
        }
        for tenant in recoverability.tenants {
            lines.append([])
            let name = TextSanitizer.singleLine(tenant.tenantName ?? "tenant \(tenant.tenantId.map(String.init) ?? "?")")
            lines.append([Span(DisplayWidth.truncate(name, toWidth: context.width), .header, style: .bold)])
            lines.append(timeline.spans(of: tenant.windows, ascii: ascii))
            lines.append(timeline.ruler(offset: snapshot.localOffset))
            lines += PaneText.wrapped(
                latest(tenant, scope: scope, offset: snapshot.localOffset), role: tenant.windows.isEmpty ? .error : .normal, width: context.width)
            for gap in tenant.gaps {
                let text =
                    "gap \(TaskTimeText.short(gap.start, offset: snapshot.localOffset)) → \(TaskTimeText.short(gap.end, offset: snapshot.localOffset)) "
                    + "(\(DurationText.short(gap.end.timeIntervalSince(gap.start))))"
                lines.append([Span("  " + text, .error)])
            }
        }
        return lines
    }

    /// `line` when it fits in `width` cells, else `lines` (the same said on several lines).
    static func fitted(_ line: [Span], width: Int, else lines: [[Span]]) -> [[Span]] {
        line.reduce(0) { $0 + $1.width } <= width ? [line] : lines
    }

    /// `Recoverable to 11-20 19:59:20, 40 s before OCP's time of reading; since at least 11-13 20:00:00.`
    static func latest(_ tenant: TenantRecoverability, scope: RecoverabilityScope, offset: Int) -> String {
        guard let first = tenant.windows.first, let end = tenant.latestRecoverableTime else {
            return "Not recoverable to any time in the last seven days."
        }
        let age = DurationText.short(max(0, scope.end.timeIntervalSince(end)))
        let since = (first.startsAtScopeEdge ? "since at least " : "since ") + TaskTimeText.short(first.start, offset: offset)
        return "Recoverable to \(TaskTimeText.short(end, offset: offset)), \(age) before it was read; \(since)."
    }
}
