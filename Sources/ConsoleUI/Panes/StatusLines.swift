import ConsoleCore

/// The flash line and the key-hint bar at the bottom.
enum StatusLines {
    /// Draws the flash message (or nothing) on `row`.
    static func drawFlash(_ state: ConsoleState, into screen: inout ScreenBuffer, row: Int) {
        guard let flash = state.flash else { return }
        let isError = flash.tone == .error
        let mark = isError ? " ✗ " : " ✓ "
        screen.put(
            spans: [Span(mark, isError ? .error : .ok, style: .bold), Span(flash.text, isError ? .error : .normal)],
            row: row, column: 0, maxWidth: screen.size.columns)
    }

    /// Draws the hints on `row`, on the status bar background. When they do not all fit, hints
    /// before the last two (help and quit) are left out, so those two always show.
    static func drawHints(_ hints: [KeyHint], into screen: inout ScreenBuffer, row: Int) {
        let width = screen.size.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), role: .statusBar)
        var shown = hints
        func needed(_ hint: KeyHint) -> Int { DisplayWidth.width(of: hint.key) + 1 + DisplayWidth.width(of: hint.label) + 2 }
        while shown.count > 2, 1 + shown.reduce(0, { $0 + needed($1) }) > width {
            shown.remove(at: shown.count - 3)
        }
        var column = 1
        for hint in shown {
            guard column + needed(hint) <= width else { break }
            column = screen.put(hint.key, row: row, column: column, style: .bold, role: .accent)
            column = screen.put(" " + hint.label + "  ", row: row, column: column, role: .statusBar)
        }
    }
}
