/// A rectangle of cells: its top-left corner and its size.
public struct Rect: Sendable, Hashable {
    /// The top row.
    public var row: Int
    /// The left column.
    public var column: Int
    /// The number of rows and columns.
    public var size: Size

    /// A rectangle whose top-left cell is at `row`, `column`.
    public init(row: Int, column: Int, size: Size) {
        self.row = row
        self.column = column
        self.size = size
    }

    /// A rectangle whose top-left cell is at `row`, `column`, with `rows` × `columns` cells.
    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.init(row: row, column: column, size: Size(rows: rows, columns: columns))
    }

    /// The row after the last one.
    public var bottom: Int { row + size.rows }
    /// The column after the last one.
    public var right: Int { column + size.columns }
    /// Whether the rectangle has no cells.
    public var isEmpty: Bool { size.rows == 0 || size.columns == 0 }

    /// Whether `position` lies inside.
    public func contains(_ position: CellPosition) -> Bool {
        position.row >= row && position.row < bottom && position.column >= column && position.column < right
    }

    /// The part of this rectangle that lies inside `other` (possibly empty).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row)
        let left = max(column, other.column)
        let bottomEdge = min(bottom, other.bottom)
        let rightEdge = min(right, other.right)
        return Rect(row: top, column: left, rows: bottomEdge - top, columns: rightEdge - left)
    }
}
