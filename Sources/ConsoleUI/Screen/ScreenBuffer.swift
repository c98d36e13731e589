/// A grid of cells that a screen is rendered into: what the terminal should show, as data.
///
/// Rendering writes into a buffer with ``put(_:row:column:style:role:maxWidth:)``,
/// ``fill(_:with:style:role:)`` and ``box(_:lines:style:role:title:)``; the terminal layer
/// draws it and tests compare its ``text`` and ``annotated`` forms.
public struct ScreenBuffer: Sendable, Hashable {
    /// The number of rows and columns.
    public let size: Size
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A buffer of `size` filled with `cell`.
    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: cell, count: size.area)
    }

    /// The cell at `row`, `column`, or `nil` outside the buffer.
    public func cell(row: Int, column: Int) -> Cell? {
        guard contains(row: row, column: column) else { return nil }
        return cells[row * size.columns + column]
    }

    /// Whether `row`, `column` lies inside the buffer.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < size.rows && column >= 0 && column < size.columns
    }

    /// Stores `cell` (a narrow grapheme or a continuation) at a position inside the buffer, first
    /// blanking the other half of any wide grapheme it cuts in two.
    mutating func store(_ cell: Cell, row: Int, column: Int) {
        let index = row * size.columns + column
        let existing = cells[index]
        if existing.isContinuation, column > 0 {
            let lead = cells[index - 1]
            cells[index - 1] = Cell(" ", style: lead.style, role: lead.role)
        }
        if !existing.isContinuation, column + 1 < size.columns, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: existing.style, role: existing.role)
        }
        cells[index] = cell
    }

    /// Stores a wide grapheme at `column` and its continuation at `column + 1`; both must be
    /// inside the buffer.
    mutating func storeWide(_ text: String, row: Int, column: Int, style: Style, role: Role) {
        store(Cell(" ", style: style, role: role), row: row, column: column)
        store(Cell(" ", style: style, role: role), row: row, column: column + 1)
        let index = row * size.columns + column
        cells[index] = Cell(text, style: style, role: role)
        cells[index + 1] = .continuation(style: style, role: role)
    }
}
