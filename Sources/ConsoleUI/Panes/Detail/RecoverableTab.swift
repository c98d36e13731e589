import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// The Recoverable tab: each tenant's windows over the last seven days as a timeline of cells
/// (a cell is a slice of the week: whole, part or none of it recoverable), a day ruler under
/// it, the gaps by time, and the latest recoverable time in words.
enum RecoverableTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let language = context.language
        guard let loaded = context.state.recoverability[context.cluster.id] else {
            return PaneText.wrapped(language.pick("Not read yet (r reads it).", "尚未读取（按 r 读取）。"), role: .muted, width: context.width)
        }
        guard let snapshot = loaded.value else {
            if let error = loaded.error { return ErrorLines.lines(for: error, width: context.width, language: language) }
            return [[Span(language.pick("Reading the backup data (OCP parses it; this can take a while)…", "正在读取备份数据（OCP 需解析，可能需要一些时间）…"), .muted)]]
        }
        let ascii = context.options.isASCII
        let recoverability = snapshot.recoverability
        let scope = recoverability.scope
        let cells = max(7, context.width - 2)
        let timeline = RecoverableTimeline(scope: scope, cells: cells)
        var lines: [[Span]] = []
        if loaded.isLoading { lines.append([Span(language.pick("Reading again…", "重新读取中…"), .muted)]) }
        if let error = loaded.error { lines += ErrorLines.lines(for: error, width: context.width, language: language).prefix(2) }
        let end = TaskTimeText.short(scope.end, offset: snapshot.localOffset)
        let heading: [Span] =
            language == .english
            ? [Span("The 7 days to ", .muted), Span(end), Span(" (OCP's time when read)", .muted)]
            : [Span("截至 ", .muted), Span(end), Span(" 的 7 天（读取时的 OCP 时间）", .muted)]
        lines += fitted(
            heading, width: context.width,
            else: PaneText.wrapped(heading.map(\.text).joined(), role: .muted, width: context.width))
        let legend: [[Span]] = [
            [Span(RecoverableTimeline.glyph(.whole, ascii: ascii), .ok), Span(language.pick(" recoverable  ", " 可恢复  "), .muted)],
            [Span(RecoverableTimeline.glyph(.part, ascii: ascii), .warning), Span(language.pick(" partly  ", " 部分可恢复  "), .muted)],
            [Span(RecoverableTimeline.glyph(.none, ascii: ascii), .error), Span(language.pick(" not (a gap)", " 不可恢复（空档）"), .muted)],
        ]
        lines += fitted(legend.flatMap { $0 }, width: context.width, else: legend)
        guard !recoverability.tenants.isEmpty else {
            return lines
                + PaneText.wrapped(
                    language.pick("No tenant has backup data in the last seven days.", "最近七天没有租户有备份数据。"), role: .warning, width: context.width)
        }
        for tenant in recoverability.tenants {
            lines.append([])
            let name = TextSanitizer.singleLine(tenant.tenantName ?? language.pick("tenant ", "租户 ") + (tenant.tenantId.map(String.init) ?? "?"))
            lines.append([Span(DisplayWidth.truncate(name, toWidth: context.width), .header, style: .bold)])
            lines.append(timeline.spans(of: tenant.windows, ascii: ascii))
            lines.append(timeline.ruler(offset: snapshot.localOffset))
            lines += PaneText.wrapped(
                latest(tenant, scope: scope, offset: snapshot.localOffset, language: language), role: tenant.windows.isEmpty ? .error : .normal,
                width: context.width)
            for gap in tenant.gaps {
                let from = TaskTimeText.short(gap.start, offset: snapshot.localOffset)
                let to = TaskTimeText.short(gap.end, offset: snapshot.localOffset)
                let span = DurationText.short(gap.end.timeIntervalSince(gap.start), in: language)
                let text = language.pick("gap \(from) → \(to) (\(span))", "空档 \(from) → \(to)（\(span)）")
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
    static func latest(_ tenant: TenantRecoverability, scope: RecoverabilityScope, offset: Int, language: Language) -> String {
        guard let first = tenant.windows.first, let end = tenant.latestRecoverableTime else {
            return language.pick("Not recoverable to any time in the last seven days.", "最近七天内没有可恢复的时间点。")
        }
        let age = DurationText.short(max(0, scope.end.timeIntervalSince(end)), in: language)
        let start = TaskTimeText.short(first.start, offset: offset)
        let latest = TaskTimeText.short(end, offset: offset)
        if language == .simplifiedChinese {
            return "可恢复到 \(latest)，即读取前 \(age)；" + (first.startsAtScopeEdge ? "至少自 \(start) 起。" : "自 \(start) 起。")
        }
        let since = (first.startsAtScopeEdge ? "since at least " : "since ") + start
        return "Recoverable to \(latest), \(age) before it was read; \(since)."
    }
}
