/// The position of one cell: its row and column, counted from 0 at the top left.
public struct CellPosition: Sendable, Hashable {
    /// The row.
    public var row: Int
    /// The column.
    public var column: Int

    /// The cell at `row`, `column`.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
