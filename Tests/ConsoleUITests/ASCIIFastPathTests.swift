import Testing

@testable import ConsoleUI

/// The ASCII fast paths (writing, measuring, cutting, runs of one character) give exactly what
/// the grapheme-by-grapheme paths give, for ASCII and for everything that falls back.
@Suite struct ASCIIFastPathTests {
    static let texts = [
        "", "plain ascii", "tab\there", "a\u{1B}[31mb", "line\r\nbreak", "lone\rcr", "lf\nonly", "\r\n", "del\u{7F}x", "\u{0}\u{1F}",
        "生产库-bj", "ab备份cd", "e\u{301}x", "x\u{301}", "\u{301}lead", "👩‍💻 ops", "🚀", "a\u{200B}b", "ÅSTRÖM", "mixed 生 e\u{301} \r\n end",
    ]

    /// A row with wide characters and styles already on it, so cutting a wide one is exercised.
    static func background(columns: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: columns))
        _ = buffer.putGraphemes("备份备份备份备份备份备份", row: 0, column: 0, limit: columns, style: .bold, role: .muted)
        _ = buffer.putGraphemes("x备份y备份", row: 1, column: 1, limit: columns, style: [], role: .accent)
        return buffer
    }

    @Test(arguments: texts)
    func putGivesTheCellsOfTheGraphemePath(text: String) {
        for (column, maxWidth) in [(0, nil), (1, nil), (3, 4), (-2, nil), (-5, 3), (9, nil), (11, 5), (0, 0)] as [(Int, Int?)] {
            for row in 0..<2 {
                var fast = Self.background(columns: 12)
                var reference = fast
                let fastEnd = fast.put(text, row: row, column: column, style: .underline, role: .warning, maxWidth: maxWidth)
                let limit = min(12, maxWidth.map { column + max(0, $0) } ?? 12)
                let referenceEnd = reference.putGraphemes(text, row: row, column: column, limit: limit, style: .underline, role: .warning)
                #expect(fast == reference, "\(text.debugDescription) at \(row), \(column), max \(String(describing: maxWidth))")
                #expect(fastEnd == referenceEnd)
            }
        }
    }

    @Test func controlBytesAreStoredAsReplacementCharacters() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 8))
        buffer.put("a\u{1B}\r\nb\t\u{7F}", row: 0, column: 0)
        #expect(buffer.row(0) == "a\u{FFFD}\u{FFFD}b\u{FFFD}\u{FFFD}  ")
    }

    @Test(arguments: texts)
    func widthAndPrefixAgreeWithTheGraphemePath(text: String) {
        #expect(DisplayWidth.width(of: text) == text.reduce(0) { $0 + DisplayWidth.width(of: $1) })
        for width in -1...14 {
            #expect(DisplayWidth.prefix(of: text, fitting: width) == DisplayWidth.graphemePrefix(of: text, fitting: width))
        }
    }

    @Test(arguments: ["─", "-", " ", "x", "│", "备", "e\u{301}", "©\u{200D}", "\u{7}", "\u{301}", "🚀", "\u{0D4E}"] as [Character])
    func runsOfOneCharacterMatchPuttingTheRepeatedString(character: Character) {
        for (column, count, maxWidth) in [(0, 12, nil), (2, 5, 5), (-3, 6, 6), (10, 4, nil), (1, 1, nil), (4, 6, 2)] as [(Int, Int, Int?)] {
            var fast = Self.background(columns: 12)
            var reference = fast
            fast.putRepeated(character, count: count, row: 0, column: column, style: .dim, role: .border, maxWidth: maxWidth)
            reference.put(
                String(repeating: String(character), count: count), row: 0, column: column, style: .dim, role: .border, maxWidth: maxWidth)
            #expect(fast == reference, "\(character.debugDescription) ×\(count) at \(column)")
        }
    }

    @Test(arguments: [
        LineSet.unicode, .ascii,
        LineSet(
            horizontal: "═", vertical: "备", topLeft: "e\u{301}", topRight: "🚀", bottomLeft: "\u{7}", bottomRight: "+", teeRight: "+", teeLeft: "+"),
    ])
    func framesAndFillsMatchTheStringPath(lines: LineSet) {
        for rect in [
            Rect(row: 0, column: 0, rows: 5, columns: 10), Rect(row: -1, column: -2, rows: 4, columns: 8),
            Rect(row: 3, column: 7, rows: 6, columns: 9),
        ] {
            var fast = ScreenBuffer(size: Size(rows: 6, columns: 12))
            fast.put("备份备份备份", row: 3, column: 0)
            var reference = fast
            fast.box(rect, lines: lines, style: .bold, role: .accent, title: "T")
            fast.fill(Rect(row: 1, column: 1, rows: 2, columns: 3), with: lines.horizontal, role: .selection)
            Self.stringBox(&reference, rect, lines: lines, style: .bold, role: .accent, title: "T")
            let width = max(1, DisplayWidth.width(of: lines.horizontal))
            for row in 1..<3 {
                reference.put(
                    String(repeating: String(lines.horizontal), count: (3 + width - 1) / width), row: row, column: 1, role: .selection, maxWidth: 3)
            }
            #expect(fast == reference, "\(rect)")
        }
    }

    /// A frame drawn with one `put` per edge and corner, as strings.
    static func stringBox(_ buffer: inout ScreenBuffer, _ rect: Rect, lines: LineSet, style: Style, role: Role, title: String) {
        let top = rect.row
        let bottom = rect.bottom - 1
        let length = rect.size.columns - 2
        for row in [top, bottom] {
            buffer.put(
                String(repeating: String(lines.horizontal), count: length), row: row, column: rect.column + 1, style: style, role: role,
                maxWidth: length)
        }
        for offset in 0..<(rect.size.rows - 2) {
            for column in [rect.column, rect.right - 1] {
                buffer.put(String(lines.vertical), row: top + 1 + offset, column: column, style: style, role: role, maxWidth: 1)
            }
        }
        buffer.put(String(lines.topLeft), row: top, column: rect.column, style: style, role: role)
        buffer.put(String(lines.topRight), row: top, column: rect.right - 1, style: style, role: role)
        buffer.put(String(lines.bottomLeft), row: bottom, column: rect.column, style: style, role: role)
        buffer.put(String(lines.bottomRight), row: bottom, column: rect.right - 1, style: style, role: role)
        buffer.put(" \(title) ", row: top, column: rect.column + 1, style: style, role: .header, maxWidth: rect.size.columns - 2)
    }
}
