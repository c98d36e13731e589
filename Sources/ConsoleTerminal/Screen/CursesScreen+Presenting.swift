import CNCursesW
import ConsoleUI

extension CursesScreen {
    /// Shows `buffer`: only the cells that differ from the buffer presented before are handed to
    /// ncurses (at absolute positions, so a width disagreement cannot shift a row), and ncurses
    /// then sends the fewest bytes it can. Presenting an unchanged buffer writes nothing.
    ///
    /// Cells outside the screen are ignored; continuation cells are drawn by their lead cell.
    public func present(_ buffer: ScreenBuffer) {
        let previous = presented?.size == buffer.size ? presented : nil
        let rows = min(buffer.size.rows, size.rows)
        let columns = min(buffer.size.columns, size.columns)
        let width = buffer.size.columns
        var changed = 0
        buffer.cells.withUnsafeBufferPointer { cells in
            for row in 0..<rows {
                for column in 0..<columns {
                    let index = row * width + column
                    let cell = cells[index]
                    if let previous, previous.cells[index] == cell { continue }
                    if cell.isContinuation { continue }
                    draw(cell, row: row, column: column)
                    changed += 1
                }
            }
        }
        presented = buffer
        if changed > 0 || previous == nil {
            wnoutrefresh(window)
            doupdate()
        }
    }

    /// Repaints the whole terminal from scratch on the next update (Ctrl-L, after a resume),
    /// and does it now with what was presented last.
    public func forceRedraw() {
        clearok(cnc_curscr(), true)
        wnoutrefresh(window)
        doupdate()
    }

    /// Takes note of a new terminal size (after `KEY_RESIZE`): the next present draws every
    /// cell, on a cleared terminal.
    @discardableResult
    public func updateSize() -> Size {
        size = Self.currentSize(of: window)
        presented = nil
        clearok(cnc_curscr(), true)
        return size
    }

    private func draw(_ cell: Cell, row: Int, column: Int) {
        let look = attributes.attributes(role: cell.role, style: cell.style)
        var characters: [wchar_t] = []
        characters.reserveCapacity(4)
        for scalar in cell.text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1) {
            characters.append(wchar_t(bitPattern: scalar.value))
        }
        if characters.isEmpty { characters.append(0x20) }
        characters.append(0)
        var character = cchar_t()
        setcchar(&character, characters, look.attributes, look.pair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &character)
    }
}
