import ConsoleCore

/// Draws a ``ConsoleState`` as a ``ScreenBuffer``: a pure function of the state, the size and
/// the options, so every screen is tested as data.
public enum ConsoleRenderer {
    /// The smallest size the console draws (80×24).
    public static let minimumSize = Size(rows: 24, columns: 80)

    /// Rows the cluster list shows at this size (the app sends
    /// `ConsoleAction.viewportChanged(rows:)` with it).
    public static func listViewportRows(for size: Size) -> Int {
        ConsoleLayout(size: Size(rows: max(size.rows, minimumSize.rows), columns: max(size.columns, minimumSize.columns))).listRows
    }

    /// The lines and rows of the scrollable pane on screen (the review in the wizard, else the
    /// detail pane) at this size; the app sends `ConsoleAction.scrollExtentChanged(_:)` with it
    /// when it differs from what the state holds. `nil` when nothing scrollable is shown.
    public static func scrollExtent(for state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> ScrollExtent? {
        guard size.contains(minimumSize) else { return nil }
        let layout = ConsoleLayout(size: size, detailFocused: state.focus == .detail && state.detailClusterId != nil)
        if state.focus == .wizard, let wizard = state.wizard {
            return WizardView(wizard: wizard, state: state, options: options).reviewExtent(rect: layout.body)
        }
        return DetailPane(state: state, options: options).extent(rect: layout.detailPane)
    }

    /// The whole screen for `state`; below 80×24 a "terminal too small" notice.
    public static func render(_ state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> ScreenBuffer {
        var screen = ScreenBuffer(size: size)
        guard size.contains(minimumSize) else {
            drawTooSmall(into: &screen)
            if options.isASCII { screen.makeASCII() }
            return screen
        }
        let layout = ConsoleLayout(size: size, detailFocused: state.focus == .detail && state.detailClusterId != nil)
        HeaderBar.draw(state, options: options, into: &screen, row: layout.headerRow)
        if state.focus == .wizard, let wizard = state.wizard {
            WizardView(wizard: wizard, state: state, options: options).draw(into: &screen, rect: layout.body)
        } else {
            ClusterListPane(state: state, options: options).draw(into: &screen, rect: layout.listPane)
            DetailPane(state: state, options: options).draw(into: &screen, rect: layout.detailPane)
        }
        StatusLines.drawFlash(state, into: &screen, row: layout.flashRow)
        StatusLines.drawHints(KeyMap.standard.hints(in: state), into: &screen, row: layout.hintRow)
        if let dialog = state.dialog {
            let area = dialog == .help ? Rect(row: 1, column: 0, rows: size.rows - 2, columns: size.columns) : layout.body
            DialogView(dialog: dialog, state: state, options: options).draw(into: &screen, area: area)
        }
        if options.isASCII { screen.makeASCII() }
        return screen
    }

    /// The notice shown below the minimum size, centred; a pure function of the size.
    static func drawTooSmall(into screen: inout ScreenBuffer) {
        let size = screen.size
        guard size.rows > 0, size.columns > 0 else { return }
        let text = "Terminal too small (needs \(minimumSize), now \(size))."
        let lines = TextWrap.lines(text, width: size.columns)
        let shown = Array(lines.prefix(size.rows))
        let top = max(0, (size.rows - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            screen.putCentered(line, row: top + offset, column: 0, width: size.columns, role: .warning, style: .bold)
        }
    }
}
