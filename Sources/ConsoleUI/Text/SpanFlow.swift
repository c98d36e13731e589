/// Spans flowed onto lines of a pane's width: a piece never splits, a piece that starts a
/// line drops its separator, and the lines after the first start under the first piece (the
/// width of the label), as in `Actions: e edit  d delete` or `OceanBase 4.2 · PRIMARY`.
enum SpanFlow {
    /// A run of spans kept on one line, and what goes before it when it follows another piece.
    struct Piece {
        /// Drawn before the piece unless it starts a line (`"  "`, `" · "`).
        var separator: [Span]
        /// The piece itself.
        var body: [Span]
    }

    /// The lines of `label` then `pieces`, in `width` cells.
    static func lines(label: [Span] = [], pieces: [Piece], width: Int) -> [[Span]] {
        guard !pieces.isEmpty else { return [] }
        let indent = cells(label)
        var lines: [[Span]] = []
        var line = label
        var used = indent
        var empty = true
        for piece in pieces {
            let separator = empty ? 0 : cells(piece.separator)
            if !empty, used + separator + cells(piece.body) > width {
                lines.append(line)
                line = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
                used = indent
                empty = true
            }
            if !empty { line += piece.separator }
            line += piece.body
            used += (empty ? 0 : cells(piece.separator)) + cells(piece.body)
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// `label` then each key with its words, two spaces apart (`Actions: e edit  d delete`).
    static func keys(label: String, _ keys: [(key: String, words: String)], width: Int) -> [[Span]] {
        guard !keys.isEmpty else { return [] }
        let pieces = keys.map { Piece(separator: [Span("  ")], body: [Span($0.key, .accent, style: .bold), Span(" " + $0.words)]) }
        return lines(label: [Span(label, .muted)], pieces: pieces, width: width)
    }

    private static func cells(_ spans: [Span]) -> Int {
        spans.reduce(0) { $0 + $1.width }
    }
}
