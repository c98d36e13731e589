/// The request body as it is sent, pretty-printed, one JSON line per screen line: a line wider
/// than the pane continues on the next with a `↪` mark, so nothing is reflowed or lost.
enum JSONLines {
    /// The lines of `json` for a pane `width` cells wide.
    static func lines(_ json: String, width: Int) -> [[Span]] {
        json.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), width: max(8, width)) }
    }

    /// One JSON line, continued below its own indentation when it is too wide.
    static func wrap(_ line: String, width: Int) -> [[Span]] {
        let first = DisplayWidth.prefix(of: line, fitting: width)
        guard first.count < line.count, !first.isEmpty else { return [[Span(line)]] }
        let indent = String(line.prefix { $0 == " " })
        let hang = indent.count + 2 <= width / 2 ? indent : ""
        var lines: [[Span]] = [[Span(first)]]
        var rest = Substring(line.dropFirst(first.count))
        while !rest.isEmpty {
            let piece = DisplayWidth.prefix(of: String(rest), fitting: width - hang.count - 2)
            guard !piece.isEmpty else { break }
            lines.append([Span(hang), Span("↪ ", .muted), Span(piece)])
            rest = rest.dropFirst(piece.count)
        }
        return lines
    }
}
