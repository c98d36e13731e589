import ConsoleCore
import OCPAPI

/// The selected cluster's detail: its facts, strategy with the actions it allows, and ability.
struct DetailPane {
    /// The console.
    let state: ConsoleState
    /// Line set and header facts.
    let options: RenderOptions

    /// The shown cluster's lines as laid out in a pane, measured once per frame: the renderer
    /// takes the scroll extent from them and draws the same lines.
    struct Content {
        /// Every line of the detail.
        var lines: [[Span]]
        /// How many there are and how many the pane shows.
        var extent: ScrollExtent
    }

    /// The lines of the shown cluster in `rect`; `nil` without a cluster.
    func content(rect: Rect) -> Content? {
        guard let cluster = state.detailCluster else { return nil }
        let inner = Self.inner(rect)
        let lines = lines(for: cluster, width: inner.size.columns)
        return Content(lines: lines, extent: ScrollExtent(area: .detail, lines: lines.count, rows: inner.size.rows))
    }

    /// Draws the pane in `rect` with `content` (measured by ``content(rect:)``), scrolled to the
    /// state's position, the position on the border.
    func draw(_ content: Content?, into screen: inout ScreenBuffer, rect: Rect) {
        let focused = state.focus == .detail && state.dialog == nil
        let cluster = state.detailCluster
        screen.box(rect, lines: options.lineSet, role: focused ? .accent : .border, title: cluster.map { ClusterRow($0).name } ?? "Detail")
        let inner = Self.inner(rect)
        guard let lines = content?.lines else {
            PaneText.draw(
                PaneText.wrapped("Select a cluster and press Enter to see its backup ability and strategy.", role: .muted, width: inner.size.columns),
                into: &screen, rect: inner)
            return
        }
        let start = ScrolledText.start(state.detailScroll, count: lines.count, rows: inner.size.rows)
        ScrolledText.draw(lines, from: start, into: &screen, rect: inner)
        ScrolledText.drawLabel(
            ScrolledText.label(start: start, rows: inner.size.rows, count: lines.count), into: &screen, row: inner.bottom, right: rect.right)
    }

    /// The text area inside the frame.
    static func inner(_ rect: Rect) -> Rect {
        Rect(row: rect.row + 1, column: rect.column + 2, rows: rect.size.rows - 2, columns: rect.size.columns - 4)
    }

    /// Every line of the detail for `cluster`.
    func lines(for cluster: Cluster, width: Int) -> [[Span]] {
        let row = ClusterRow(cluster)
        var lines: [[Span]] = [
            [
                Span(row.version.isEmpty ? "version unknown" : "OceanBase \(row.version)", .normal), Span(" · ", .muted),
                Span(row.type.isEmpty ? "?" : row.type), Span(" · ", .muted), Span(row.status, ClusterColumns.role(ofStatus: row.status)),
            ]
        ]
        lines.append([])
        lines.append(PaneText.heading("Strategy"))
        lines += loadable(state.strategies[cluster.id], width: width) { StrategyPresentation.lines(for: $0) }
        lines += actionLines(width: width)
        lines.append([])
        lines.append(PaneText.heading("Backup ability"))
        lines += loadable(state.abilities[cluster.id], width: width) { AbilityPresentation.lines(for: $0, cluster: cluster) }
        return lines
    }

    private func loadable<Value: Equatable & Sendable>(_ value: Loadable<Value>?, width: Int, present: (Value) -> [AbilityLine]) -> [[Span]] {
        guard let value else { return PaneText.wrapped("Not read yet (r reads it).", role: .muted, width: width) }
        var lines: [[Span]] = []
        if value.isLoading { lines.append([Span("Loading…", .muted)]) }
        if let error = value.error { lines += ErrorLines.lines(for: error, width: width) }
        if let current = value.value {
            lines += present(current).flatMap { PaneText.statement($0, width: width, ascii: options.isASCII) }
        }
        return lines
    }

    private func actionLines(width: Int) -> [[Span]] {
        let commands = state.strategyCommands
        let keys: [(StrategyCommand, String, String)] = [(.create, "n", "new"), (.edit, "e", "edit"), (.delete, "d", "delete")]
        let enabled = keys.filter { commands[$0.0]?.isEnabled == true }
        var lines: [[Span]] = []
        if !enabled.isEmpty {
            lines.append([Span("Actions: ", .muted)] + enabled.flatMap { [Span($0.1, .accent, style: .bold), Span(" " + $0.2 + "  ")] })
        }
        let reasons = Set(keys.compactMap { commands[$0.0]?.reason })
        if enabled.isEmpty, let reason = keys.compactMap({ commands[$0.0]?.reason }).first, reasons.count == 1 {
            lines += PaneText.wrapped("No actions: " + reason, role: .disabled, width: width)
        } else if enabled.isEmpty {
            lines += keys.compactMap { key in commands[key.0]?.reason.map { "\(key.1) \(key.2): \($0)" } }.flatMap {
                PaneText.wrapped($0, role: .disabled, width: width)
            }
        }
        return lines
    }
}
