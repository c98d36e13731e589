import ConsoleUI
import OCPAPI

/// Columns aligned by display width (CJK names take two cells per character), with server
/// text stripped of control characters.
struct TextTable {
    /// Column headings.
    let headings: [String]
    /// Rows of cells.
    var rows: [[String]] = []

    /// Adds a row; cells are sanitized.
    mutating func append(_ cells: [String]) {
        rows.append(cells.map(TextSanitizer.singleLine))
    }

    /// The table as lines, two spaces between columns, no trailing spaces.
    func render() -> String {
        var widths = headings.map { DisplayWidth.width(of: $0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.width(of: cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += isLast ? cell : DisplayWidth.pad(cell, toWidth: widths[index]) + "  "
            }
            return text
        }
        return ([line(headings)] + rows.map(line)).joined(separator: "\n")
    }
}
