/// Where each part of the console goes at a size of at least 80×24.
struct ConsoleLayout: Sendable, Hashable {
    /// The whole screen.
    let size: Size
    /// Whether the detail pane has the focus: on narrow screens the list then shows names only,
    /// leaving the width to the detail.
    var detailFocused = false

    /// The header line.
    var headerRow: Int { 0 }
    /// The panes (or the wizard) between the header and the flash line.
    var body: Rect { Rect(row: 1, column: 0, rows: size.rows - 3, columns: size.columns) }
    /// The flash line.
    var flashRow: Int { size.rows - 2 }
    /// The key-hint bar.
    var hintRow: Int { size.rows - 1 }

    /// The cluster list pane. Up to 100 columns the detail gives way: with the list focused it
    /// keeps what a whole 20-cell name needs beside its health, schedule, ages and abbreviated
    /// status (the detail shows what is left); with the detail focused the list keeps names
    /// and health only. Wider, the list takes 55 % (at most 78 columns: every column but the
    /// type, and a cursor move stays within its byte budget).
    var listPane: Rect {
        let frame = 2
        let width =
            if size.columns <= 100 {
                detailFocused
                    ? ClusterColumns.innerWidth(variant: ClusterColumns.variants.count - 1) + frame
                    : max(ClusterColumns.innerWidth(variant: 3) + frame, size.columns - 37)
            } else {
                min(78, size.columns * 11 / 20)
            }
        return Rect(row: body.row, column: 0, rows: body.size.rows, columns: width)
    }

    /// The detail pane, right of the list.
    var detailPane: Rect {
        Rect(row: body.row, column: listPane.right, rows: body.size.rows, columns: size.columns - listPane.size.columns)
    }

    /// Lines below the list rows for the filter and errors.
    static let listFooterRows = 2

    /// The rows of clusters the list shows: the pane without its frame, column titles and footer.
    var listRows: Int { max(1, listPane.size.rows - 3 - Self.listFooterRows) }
}
