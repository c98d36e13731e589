import ConsoleCore
import Localization

/// The cluster list: a frame with counts and sort in its title, column titles, the visible
/// rows (only those are read), and a footer with the filter and the last error.
struct ClusterListPane {
    /// The console.
    let state: ConsoleState
    /// Line set and header facts.
    let options: RenderOptions
    /// Reads the visible row at a position: the list's own rows (tests count the reads).
    var visibleRow: (Int) -> ClusterRow

    /// The pane for `state`, reading its list's rows.
    init(state: ConsoleState, options: RenderOptions) {
        self.state = state
        self.options = options
        self.visibleRow = state.list.row(atVisible:)
    }

    /// Draws the pane in `rect`.
    func draw(into screen: inout ScreenBuffer, rect: Rect) {
        let list = state.list
        let focused = state.focus == .list && state.dialog == nil
        screen.box(rect, lines: options.lineSet, role: focused ? .accent : .border, title: title)
        let inner = Rect(row: rect.row + 1, column: rect.column + 1, rows: rect.size.rows - 2, columns: rect.size.columns - 2)
        let columns = ClusterColumns(width: inner.size.columns)
        drawColumnTitles(into: &screen, row: inner.row, column: inner.column, columns: columns)
        let rowsRect = Rect(
            row: inner.row + 1, column: inner.column, rows: inner.size.rows - 1 - ConsoleLayout.listFooterRows, columns: inner.size.columns)
        if list.visibleCount == 0 {
            screen.putCentered(
                emptyText, row: rowsRect.row + rowsRect.size.rows / 2, column: rowsRect.column, width: rowsRect.size.columns, role: .muted)
        } else {
            Self.drawRows(
                into: &screen, rect: rowsRect, columns: columns, count: list.visibleCount, cursor: list.cursor, scrollTop: list.scrollTop,
                focused: focused, marker: options.isASCII ? ">" : "▶", ascii: options.isASCII, row: visibleRow,
                health: { id in (state.health.entries[id], state.health.inFlight.contains(id)) })
        }
        drawFooter(
            into: &screen, rect: Rect(row: rowsRect.bottom, column: inner.column, rows: ConsoleLayout.listFooterRows, columns: inner.size.columns))
    }

    /// The frame's title: counts, loading progress and sort key.
    var title: String {
        let list = state.list
        let language = state.language
        var parts = [language.pick("Clusters", "集群")]
        switch list.load {
        case .idle: break
        case .loading(let pages):
            parts.append(language.pick("loading \(list.rows.count), page \(pages)…", "加载中 \(list.rows.count)，第 \(pages) 页…"))
        case .loaded(let total):
            let count = HealthCells.count(total)
            let visible = HealthCells.count(list.visibleCount)
            let shown = list.filterText.isEmpty ? count : language.pick("\(visible) of \(count)", "\(visible) / \(count)")
            parts.append(shown + (list.showsProblemsOnly ? language.pick(" with problems", " 个有问题") : ""))
        case .failed: parts.append(language.pick("\(list.rows.count), load failed", "\(list.rows.count)，加载失败"))
        }
        return parts.joined(separator: " · ")
    }

    private var emptyText: String {
        let list = state.list
        let language = state.language
        if list.showsProblemsOnly, !list.rows.isEmpty, list.filterText.count == 1 {
            return state.health.isScanning
                ? language.pick("No problem found yet: the scan goes on.", "尚未发现问题：扫描继续中。")
                : language.pick("No cluster has a problem.", "没有集群存在问题。")
        }
        if !list.filterText.isEmpty, !list.rows.isEmpty {
            return language.pick("No cluster matches '\(list.filterText)'.", "没有与“\(list.filterText)”匹配的集群。")
        }
        switch list.load {
        case .idle, .loading: return language.pick("Loading clusters…", "正在加载集群…")
        case .failed: return language.pick("No clusters loaded.", "未加载到集群。")
        case .loaded: return language.pick("No clusters.", "没有集群。")
        }
    }

    private func drawColumnTitles(into screen: inout ScreenBuffer, row: Int, column: Int, columns: ClusterColumns) {
        let arrow = options.isASCII ? "^" : "▲"
        let sort = state.list.sortKey
        let language = state.language
        func title(_ column: ClusterColumns.Column) -> String {
            switch column {
            case .name: language.pick("NAME", "名称") + (sort == .name ? arrow : "")
            case .health: language.pick("HEALTH", "健康") + (sort == .health ? arrow : "")
            case .schedule: language.pick(columns.short ? "SCHD" : "SCHEDULE", "调度")
            case .dataAge: language.pick("DATA", "数据")
            case .logDelay: language.pick("LOG", "日志")
            case .version: language.pick("VERSION", "版本") + (sort == .version ? arrow : "")
            case .status: language.pick(columns.short ? "STAT" : "STATUS", "状态") + (sort == .status ? arrow : "")
            case .type: language.pick("TYPE", "类型")
            }
        }
        var position = column + ClusterColumns.marker
        for (column, width) in [(ClusterColumns.Column.name, columns.name)] + columns.others {
            screen.put(DisplayWidth.pad(title(column), toWidth: width), row: row, column: position, style: .bold, role: .muted, maxWidth: width)
            position += width + 1
        }
    }

    /// Draws the visible rows from `scrollTop`, asking `row` only for those rows and `health`
    /// only for their clusters.
    static func drawRows(
        into screen: inout ScreenBuffer, rect: Rect, columns: ClusterColumns, count: Int, cursor: Int, scrollTop: Int, focused: Bool,
        marker: String, ascii: Bool = false, row: (Int) -> ClusterRow, health: (Int64) -> (entry: ClusterHealthSummary?, reading: Bool)
    ) {
        let end = min(count, scrollTop + rect.size.rows)
        guard scrollTop < end else { return }
        for index in scrollTop..<end {
            let cluster = row(index)
            let line = rect.row + index - scrollTop
            let selected = index == cursor
            let base: Role = selected ? (focused ? .selection : .inactiveSelection) : .normal
            if selected {
                screen.fill(Rect(row: line, column: rect.column, rows: 1, columns: rect.size.columns), role: base)
                screen.put(marker, row: line, column: rect.column, role: base)
            }
            let known = health(cluster.id)
            var position = rect.column + ClusterColumns.marker
            let cells = [(ClusterColumns.Column.name, columns.name)] + columns.others
            for (column, width) in cells {
                let (text, role) = cell(column, of: cluster, health: known, short: columns.short, ascii: ascii)
                screen.put(
                    DisplayWidth.truncate(text, toWidth: width), row: line, column: position, role: selected ? base : role, maxWidth: width)
                position += width + 1
            }
        }
    }

    /// One cell's text and role.
    static func cell(
        _ column: ClusterColumns.Column, of cluster: ClusterRow, health: (entry: ClusterHealthSummary?, reading: Bool), short: Bool,
        ascii: Bool
    ) -> (String, Role) {
        let entry = health.entry
        switch column {
        case .name: return (cluster.name, .normal)
        case .health: return HealthCells.level(entry, reading: health.reading, ascii: ascii)
        case .schedule: return entry == nil ? ("", .muted) : HealthCells.schedule(entry?.figures.scheduleStatus, short: short)
        case .dataAge:
            return entry == nil
                ? ("", .muted) : (HealthCells.compact(entry?.figures.lastDataBackupAge), HealthCells.role(of: .dataBackupAge, in: entry))
        case .logDelay:
            return entry == nil
                ? ("", .muted) : (HealthCells.compact(entry?.figures.logBackupDelay), HealthCells.role(of: .logBackupDelay, in: entry))
        case .version: return (cluster.version, .normal)
        case .status: return (short ? ClusterColumns.shortStatus(cluster.status) : cluster.status, ClusterColumns.role(ofStatus: cluster.status))
        case .type: return (cluster.type, .normal)
        }
    }
}
