/// The size of a screen or an area of it, in terminal cells.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    /// The number of rows.
    public var rows: Int
    /// The number of columns.
    public var columns: Int

    /// A size of `rows` × `columns` cells; negative values count as zero.
    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    /// The number of cells.
    public var area: Int { rows * columns }

    /// Whether this size is at least `other` in both directions.
    public func contains(_ other: Size) -> Bool {
        rows >= other.rows && columns >= other.columns
    }

    /// `columns`×`rows`, the way terminal sizes are usually written.
    public var description: String { "\(columns)×\(rows)" }
}
