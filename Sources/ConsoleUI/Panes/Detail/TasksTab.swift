import ConsoleCore
import OCPAPI

/// The Tasks tab: the data, log and restore tasks of the last seven days, newest first, each
/// with a status glyph, its kind, start, how long it took and its error or what it did; the row
/// under the cursor is highlighted (Enter opens it in the task view).
enum TasksTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        guard let loaded = state.taskLists[context.cluster.id] else {
            return PaneText.wrapped("Not read yet (r reads it).", role: .muted, width: context.width)
        }
        guard let snapshot = loaded.value else {
            if let error = loaded.error { return ErrorLines.lines(for: error, width: context.width) }
            return [[Span("Reading the tasks of the last 7 days…", .muted)]]
        }
        let counts = snapshot.counts
        var head: [Span] = [
            Span("Last 7 days: ", .muted), Span("\(counts.data) data · \(counts.log) log · \(counts.restore) restore"),
        ]
        if loaded.isLoading { head.append(Span(" · reading again…", .muted)) }
        if loaded.error != nil { head.append(Span(" · the last read failed (r reads again)", .error)) }
        var lines: [[Span]] = [head, columnTitles(width: context.width)]
        guard !snapshot.entries.isEmpty else {
            return lines + PaneText.wrapped("No task in the last seven days.", role: .muted, width: context.width)
        }
        let cursor = state.taskCursor.clusterId == context.cluster.id ? state.taskCursor.index : 0
        let selected = state.focus == .detail && state.dialog == nil
        for (index, entry) in snapshot.entries.enumerated() {
            lines.append(
                row(
                    entry, width: context.width, ascii: context.options.isASCII,
                    cursor: index == cursor ? (selected ? .selection : .inactiveSelection) : nil))
        }
        return lines
    }

    /// Widths of the kind, start and duration columns.
    static let kindWidth = 8
    static let startWidth = 15
    static let durationWidth = 7

    static func columnTitles(width: Int) -> [Span] {
        [
            Span(
                "  " + DisplayWidth.pad("KIND", toWidth: kindWidth) + DisplayWidth.pad("STARTED", toWidth: startWidth)
                    + DisplayWidth.pad("TOOK", toWidth: durationWidth) + "STATUS / SUMMARY", .header, style: .bold)
        ]
    }

    /// One task's row, `cursor` the role of the highlighted row.
    static func row(_ entry: TaskListEntry, width: Int, ascii: Bool, cursor: Role?) -> [Span] {
        let glyph = StatusGlyph.glyph(entry.statusClass, ascii: ascii)
        let fixed = 2 + kindWidth + startWidth + durationWidth
        let status = entry.statusClass == .succeeded ? "" : entry.status + " "
        let rest = DisplayWidth.pad(DisplayWidth.truncate(status + entry.summary, toWidth: max(1, width - fixed)), toWidth: max(1, width - fixed))
        let base: Role = cursor ?? .normal
        return [
            Span(glyph + " ", cursor ?? StatusGlyph.role(entry.statusClass), style: .bold),
            Span(DisplayWidth.pad(entry.kind.rawValue, toWidth: kindWidth), base),
            Span(DisplayWidth.pad(entry.startText, toWidth: startWidth), cursor ?? .muted),
            Span(DisplayWidth.pad(entry.durationText, toWidth: durationWidth), base),
            Span(rest, cursor ?? (entry.summaryIsError ? .error : .normal)),
        ]
    }
}
