import ConsoleUI

/// What a transition between two frames needs at the least.
enum ChangedCells {
    /// The UTF-8 bytes of the text of every cell that differs (text, style or role) between
    /// the frames: the least a terminal must be sent, before any cursor movement or colour.
    static func minimumBytes(from before: ScreenBuffer, to after: ScreenBuffer) -> Int {
        var total = 0
        for index in after.cells.indices where before.cells[index] != after.cells[index] && !after.cells[index].isContinuation {
            total += after.cells[index].text.utf8.count
        }
        return total
    }

    /// The display width of the text (without trailing blanks) of every row that differs:
    /// the base of the "1.25 × the visible text of the rows that changed".
    static func visibleTextOfChangedRows(from before: ScreenBuffer, to after: ScreenBuffer) -> Int {
        var total = 0
        let width = after.size.columns
        for row in 0..<after.size.rows {
            let range = row * width..<(row + 1) * width
            guard before.cells[range] != after.cells[range] else { continue }
            var text = Substring(after.row(row))
            while text.last == " " { text = text.dropLast() }
            total += DisplayWidth.width(of: String(text))
        }
        return total
    }
}
