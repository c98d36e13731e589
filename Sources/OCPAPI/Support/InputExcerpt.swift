/// What an error message may quote of local input: one line cut to `InputBounds.excerptWidth`
/// characters around the offending column, with its line and column and a caret under it, or
/// one value cut short; control characters made visible, never the whole input, and nothing of
/// a line that names a secret (`SecretFieldNames`).
package enum InputExcerpt {
    /// Two lines to print under a message, the excerpt of `line` (1-based) around `column`
    /// (1-based, in characters) and a caret under the column:
    ///
    ///     line 3, column 9: b: &b [*a, *a, *a, *a…
    ///                              ^
    ///
    /// or one line saying the line is not shown because it names a secret. Empty when the input
    /// has no such line.
    package static func lines(line: Int, column: Int, in input: [UInt8], indent: String = "  ") -> [String] {
        guard line >= 1, let text = Self.line(line, of: input) else { return [] }
        let label = "\(indent)line \(line), column \(column): "
        if namesSecret(text) { return ["\(indent)line \(line), column \(column) (not shown: the line names a secret)"] }
        let scalars = Array(text.unicodeScalars)
        let width = InputBounds.excerptWidth
        let target = min(max(0, column - 1), scalars.count)
        let start = scalars.count <= width ? 0 : max(0, min(target - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var shown = String(String.UnicodeScalarView(scalars[start..<end]))
        shown = TextSanitizer.singleLine(shown)
        let lead = start > 0 ? "…" : ""
        let trail = end < scalars.count ? "…" : ""
        let caret = String(repeating: " ", count: label.count + lead.count + max(0, target - start)) + "^"
        return [label + lead + shown + trail, caret]
    }

    /// `text` cut to `InputBounds.excerptWidth` characters (an ellipsis marks the cut), control
    /// characters made visible: for quoting a value or a key in a message.
    package static func clipped(_ text: some StringProtocol) -> String {
        let width = InputBounds.excerptWidth
        let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : String(text)
        return TextSanitizer.singleLine(cut)
    }

    /// `a, b, c and 12 more`: at most `InputBounds.listedItems` items, each clipped.
    package static func list(_ items: [String]) -> String {
        let shown = items.prefix(InputBounds.listedItems).map { clipped($0) }.joined(separator: ", ")
        let rest = items.count - InputBounds.listedItems
        return rest > 0 ? "\(shown) and \(rest) more" : shown
    }

    /// The 1-based line `number` of `input` without its line break, or `nil` past the end.
    static func line(_ number: Int, of input: [UInt8]) -> String? {
        var current = 1
        var start = input.startIndex
        if number > 1 {
            var index = input.startIndex
            while index < input.endIndex, current < number {
                if input[index] == UInt8(ascii: "\n") {
                    current += 1
                    start = index + 1
                }
                index += 1
            }
            guard current == number else { return nil }
        }
        var end = input[start...].firstIndex(of: UInt8(ascii: "\n")) ?? input.endIndex
        if end > start, input[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: input[start..<end], as: UTF8.self)
    }

    /// Whether any word of `text` is a secret's field name (`password`, `accessKeySecret`,
    /// `passwordCommand` …).
    static func namesSecret(_ text: String) -> Bool {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.contains { SecretFieldNames.isSecret(String($0)) }
    }
}
