import ConsoleCore
import Localization
import OCPAPI

/// The Tasks tab: the data, log and restore tasks of the last seven days, newest first, each
/// with a status glyph, its kind, start, how long it took and its error or what it did; the row
/// under the cursor is highlighted (Enter opens it in the task view).
enum TasksTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        let language = context.language
        guard let loaded = state.taskLists[context.cluster.id] else {
            return PaneText.wrapped(language.pick("Not read yet (r reads it).", "尚未读取（按 r 读取）。"), role: .muted, width: context.width)
        }
        guard let snapshot = loaded.value else {
            if let error = loaded.error { return ErrorLines.lines(for: error, width: context.width, language: language) }
            return [[Span(language.pick("Reading the tasks of the last 7 days…", "正在读取最近 7 天的任务…"), .muted)]]
        }
        let counts = snapshot.counts
        var head: [Span] = [
            Span(language.pick("Last 7 days: ", "最近 7 天："), .muted),
            Span(
                language.pick(
                    "\(counts.data) data · \(counts.log) log · \(counts.restore) restore",
                    "数据 \(counts.data) · 日志 \(counts.log) · 恢复 \(counts.restore)")),
        ]
        if loaded.isLoading { head.append(Span(language.pick(" · reading again…", " · 重新读取中…"), .muted)) }
        if loaded.error != nil { head.append(Span(language.pick(" · the last read failed (r reads again)", " · 上次读取失败（按 r 重新读取）"), .error)) }
        var lines: [[Span]] = [head, columnTitles(width: context.width, language: language)]
        guard !snapshot.entries.isEmpty else {
            return lines + PaneText.wrapped(language.pick("No task in the last seven days.", "最近七天没有任务。"), role: .muted, width: context.width)
        }
        let cursor = state.taskCursor.clusterId == context.cluster.id ? state.taskCursor.index : 0
        let selected = state.focus == .detail && state.dialog == nil
        for (index, entry) in snapshot.entries.enumerated() {
            lines.append(
                row(
                    entry, width: context.width, ascii: context.options.isASCII, language: language,
                    cursor: index == cursor ? (selected ? .selection : .inactiveSelection) : nil))
        }
        return lines
    }

    /// Widths of the kind, start and duration columns.
    static let kindWidth = 8
    static let startWidth = 15
    static let durationWidth = 7

    static func columnTitles(width: Int, language: Language) -> [Span] {
        [
            Span(
                "  " + DisplayWidth.pad(language.pick("KIND", "类型"), toWidth: kindWidth)
                    + DisplayWidth.pad(language.pick("STARTED", "开始时间"), toWidth: startWidth)
                    + DisplayWidth.pad(language.pick("TOOK", "耗时"), toWidth: durationWidth) + language.pick("STATUS / SUMMARY", "状态 / 摘要"),
                .header, style: .bold)
        ]
    }

    /// One task's row, `cursor` the role of the highlighted row.
    static func row(_ entry: TaskListEntry, width: Int, ascii: Bool, language: Language, cursor: Role?) -> [Span] {
        let glyph = StatusGlyph.glyph(entry.statusClass, ascii: ascii)
        let fixed = 2 + kindWidth + startWidth + durationWidth
        let status = entry.statusClass == .succeeded ? "" : entry.status + " "
        let rest = DisplayWidth.pad(DisplayWidth.truncate(status + entry.summary, toWidth: max(1, width - fixed)), toWidth: max(1, width - fixed))
        let base: Role = cursor ?? .normal
        return [
            Span(glyph + " ", cursor ?? StatusGlyph.role(entry.statusClass), style: .bold),
            Span(DisplayWidth.pad(entry.kind.title.text(in: language), toWidth: kindWidth), base),
            Span(DisplayWidth.pad(entry.startText, toWidth: startWidth), cursor ?? .muted),
            Span(DisplayWidth.pad(entry.durationText, toWidth: durationWidth), base),
            Span(rest, cursor ?? (entry.summaryIsError ? .error : .normal)),
        ]
    }
}
