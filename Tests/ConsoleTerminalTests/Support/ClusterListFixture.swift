import ConsoleUI

/// A list screen like the console's cluster list: a header row, one row per cluster (the
/// selected one in the selection role) in a list pane at most 80 columns wide, a detail pane to
/// its right on wide terminals, and a key-hint bar.
struct ClusterListFixture {
    var size: Size
    var top = 0
    var selected = 0

    var visibleRows: Int { size.rows - 2 }
    var listWidth: Int { min(size.columns, 80) }

    static func rowText(_ index: Int) -> String {
        let names = ["pay", "order", "risk", "ledger", "search", "生产库", "iot", "账单"]
        let states = ["RUNNING  ", "ABNORMAL ", "STOPPED  ", "UPGRADING"]
        let hash = UInt32(truncatingIfNeeded: index &* 2_654_435_761)
        let name = DisplayWidth.pad("\(names[Int(hash % 8)])-\(String((hash >> 8) % 100_000))", toWidth: 20)
        let version = "4.\((hash >> 3) % 4).\((hash >> 5) % 10).\((hash >> 9) % 5)"
        let day = 1 + (hash >> 11) % 28
        return " \(name) \(DisplayWidth.pad(version, toWidth: 9)) \(states[Int((hash >> 7) % 4)]) last backup 2026-08-\(day) "
    }

    func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        buffer.fill(Rect(row: 0, column: 0, rows: 1, columns: size.columns), role: .header)
        buffer.put(" OCP Backup Console  [clusters]", row: 0, column: 0, role: .header)
        for offset in 0..<visibleRows {
            let index = top + offset
            let role: Role = index == selected ? .selection : .normal
            buffer.fill(Rect(row: offset + 1, column: 0, rows: 1, columns: listWidth), role: role)
            buffer.put(Self.rowText(index), row: offset + 1, column: 0, role: role, maxWidth: listWidth)
        }
        if size.columns > listWidth + 2 {
            buffer.verticalLine(row: 1, column: listWidth, length: visibleRows, lines: .unicode)
            buffer.put("Ability", row: 1, column: listWidth + 2, role: .header)
            buffer.put("Strategy: none", row: 3, column: listWidth + 2, role: .muted)
        }
        let bottom = size.rows - 1
        buffer.fill(Rect(row: bottom, column: 0, rows: 1, columns: size.columns), role: .statusBar)
        buffer.put(" ?:help  /:filter  ::cmd  enter:inspect  n:new strategy  q:quit", row: bottom, column: 0, role: .statusBar)
        return buffer
    }

    mutating func moveDown() {
        selected += 1
        if selected >= top + visibleRows { top += 1 }
    }

    mutating func pageDown() {
        top += visibleRows
        selected += visibleRows
    }

    /// The display width of the text (without trailing spaces) of every row that differs
    /// between two frames.
    static func visibleTextOfChangedRows(from before: ScreenBuffer, to after: ScreenBuffer) -> Int {
        var total = 0
        for row in 0..<after.size.rows where before.row(row) != after.row(row) || changedStyle(before, after, row) {
            var text = Substring(after.row(row))
            while text.last == " " { text = text.dropLast() }
            total += DisplayWidth.width(of: String(text))
        }
        return total
    }

    private static func changedStyle(_ before: ScreenBuffer, _ after: ScreenBuffer, _ row: Int) -> Bool {
        (0..<after.size.columns).contains { before.cell(row: row, column: $0) != after.cell(row: row, column: $0) }
    }
}
