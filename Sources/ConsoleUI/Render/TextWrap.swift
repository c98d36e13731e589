/// Word wrapping by display width.
enum TextWrap {
    /// `text` broken into lines of at most `width` cells, at spaces where possible; a word wider
    /// than a line is cut.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let joined = current.isEmpty ? word : current + " " + word
            if DisplayWidth.width(of: joined) <= width {
                current = joined
                continue
            }
            if !current.isEmpty, word.unicodeScalars.contains(where: { DisplayWidth.width(of: $0) == 2 }) {
                // Chinese breaks between any two characters: fill the line before cutting.
                let head = DisplayWidth.prefix(of: word, fitting: width - DisplayWidth.width(of: current) - 1)
                if !head.isEmpty {
                    current += " " + head
                    word = String(word.dropFirst(head.count))
                }
            }
            if !current.isEmpty { lines.append(current) }
            while DisplayWidth.width(of: word) > width {
                let head = DisplayWidth.prefix(of: word, fitting: width)
                guard !head.isEmpty else { break }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            current = word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
