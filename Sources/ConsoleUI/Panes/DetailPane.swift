import ConsoleCore
import OCPAPI

/// The selected cluster's detail: a tab bar on the first row and the shown tab's lines below
/// it (`DetailTabContents` names the type that builds each tab).
struct DetailPane {
    /// The console.
    let state: ConsoleState
    /// Line set and header facts.
    let options: RenderOptions

    /// The shown cluster's lines as laid out in a pane, measured once per frame: the renderer
    /// takes the scroll extent from them and draws the same lines.
    struct Content {
        /// Every line of the shown tab.
        var lines: [[Span]]
        /// How many there are and how many the pane shows.
        var extent: ScrollExtent
    }

    /// The lines of the shown cluster in `rect`; `nil` without a cluster.
    func content(rect: Rect) -> Content? {
        guard let cluster = state.detailCluster else { return nil }
        let text = Self.text(rect)
        let lines = lines(for: cluster, width: text.size.columns)
        return Content(lines: lines, extent: ScrollExtent(area: .detail, lines: lines.count, rows: text.size.rows))
    }

    /// Draws the pane in `rect` with `content` (measured by ``content(rect:)``), scrolled to the
    /// state's position, the position on the border.
    func draw(_ content: Content?, into screen: inout ScreenBuffer, rect: Rect) {
        let focused = state.focus == .detail && state.dialog == nil
        let cluster = state.detailCluster
        screen.box(
            rect, lines: options.lineSet, role: focused ? .accent : .border,
            title: cluster.map { ClusterRow($0).name } ?? state.language.pick("Detail", "详情"))
        let inner = Self.inner(rect)
        guard let lines = content?.lines else {
            let hint =
                state.health.settings.followDelay == nil
                ? state.language.pick("Select a cluster and press Enter to see its backups.", "选择一个集群并按 Enter 查看其备份。")
                : state.language.pick(
                    "The cluster under the cursor shows here once the cursor rests; Enter moves into this pane.",
                    "光标停留后，这里显示光标所在的集群；按 Enter 进入此窗格。")
            PaneText.draw(PaneText.wrapped(hint, role: .muted, width: inner.size.columns), into: &screen, rect: inner, language: state.language)
            return
        }
        DetailTabBar.draw(
            state.detailTab, language: state.language, into: &screen, row: inner.row, column: inner.column - 1, width: inner.size.columns + 1)
        let text = Self.text(rect)
        let start = ScrolledText.start(state.detailScroll, count: lines.count, rows: text.size.rows)
        ScrolledText.draw(lines, from: start, into: &screen, rect: text)
        ScrolledText.drawLabel(
            ScrolledText.label(start: start, rows: text.size.rows, count: lines.count, language: state.language), into: &screen, row: inner.bottom,
            right: rect.right)
    }

    /// The area inside the frame.
    static func inner(_ rect: Rect) -> Rect {
        Rect(row: rect.row + 1, column: rect.column + 2, rows: rect.size.rows - 2, columns: rect.size.columns - 4)
    }

    /// The tab's text area: inside the frame, below the tab bar.
    static func text(_ rect: Rect) -> Rect {
        let inner = inner(rect)
        return Rect(row: inner.row + 1, column: inner.column, rows: max(0, inner.size.rows - 1), columns: inner.size.columns)
    }

    /// Every line of the shown tab for `cluster`.
    func lines(for cluster: Cluster, width: Int) -> [[Span]] {
        let context = DetailTabContext(state: state, options: options, cluster: cluster, width: width)
        return DetailTabContents.content(of: state.detailTab).lines(in: context)
    }
}
