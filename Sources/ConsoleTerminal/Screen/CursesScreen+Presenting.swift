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
        let identity = CellIdentity()
        buffer.cells.withUnsafeBufferPointer { cells in
            (previous?.cells ?? []).withUnsafeBufferPointer { before in
                for row in 0..<rows {
                    for column in 0..<columns {
                        let index = row * width + column
                        if index < before.count, let old = before.baseAddress, let now = cells.baseAddress,
                            identity.equal(now + index, old + index)
                        {
                            continue
                        }
                        if cells[index].isContinuation { continue }
                        draw(cells[index], row: row, column: column)
                        changed += 1
                    }
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

    /// Draws one cell. ncurses measures characters with the C library's `wcwidth`; where that
    /// disagrees with ``DisplayWidth`` (our table, which the buffer was laid out with), the cell is
    /// drawn so that ncurses' idea of the row stays aligned with the buffer: a character we count
    /// as wide but the C library as narrow gets a space after it, any other disagreement is
    /// drawn as `?` in each of its cells.
    private func draw(_ cell: Cell, row: Int, column: Int) {
        guard let first = cell.text.unicodeScalars.first, first.value >= 0x7F else {
            write(cell.text, role: cell.role, style: cell.style, row: row, column: column)
            return
        }
        let ours = DisplayWidth.width(of: Character(cell.text))
        let theirs = Int(cnc_wcwidth(wchar_t(bitPattern: leadingScalar(of: cell.text).value)))
        if ours == theirs {
            write(cell.text, role: cell.role, style: cell.style, row: row, column: column)
        } else if ours == 2, theirs == 1 {
            write(cell.text, role: cell.role, style: cell.style, row: row, column: column)
            write(" ", role: cell.role, style: cell.style, row: row, column: column + 1)
        } else {
            for offset in 0..<max(1, ours) {
                write("?", role: cell.role, style: cell.style, row: row, column: column + offset)
            }
        }
    }

    private func leadingScalar(of text: String) -> Unicode.Scalar {
        text.unicodeScalars.first { DisplayWidth.width(of: $0) > 0 } ?? text.unicodeScalars.first ?? " "
    }

    private func write(_ text: String, role: Role, style: Style, row: Int, column: Int) {
        let look = attributes.attributes(role: role, style: style)
        let capacity = Int(CCHARW_MAX)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity) { characters in
            var count = 0
            for scalar in text.unicodeScalars.prefix(capacity - 1) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = 0x20
                count = 1
            }
            characters[count] = 0
            var character = cchar_t()
            setcchar(&character, characters.baseAddress, look.attributes, look.pair, nil)
            mvwadd_wch(window, Int32(row), Int32(column), &character)
        }
    }
}
