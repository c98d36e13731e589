import ConsoleUI
import Testing

@Suite struct ScreenBufferTests {
    @Test func putWritesTextAndReturnsTheNextColumn() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 10))
        let end = buffer.put("OCP", row: 0, column: 2, role: .header)
        #expect(end == 5)
        #expect(buffer.text == "  OCP     \n          ")
        #expect(buffer.cell(row: 0, column: 2) == Cell("O", role: .header))
    }

    @Test func putClipsAtTheRightEdgeAtMaxWidthAndOutsideRows() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 6))
        buffer.put("abcdefgh", row: 0, column: 2)
        buffer.put("xyz", row: 1, column: 0, maxWidth: 2)
        buffer.put("hidden", row: 5, column: 0)
        buffer.put("hidden", row: -1, column: 0)
        #expect(buffer.text == "  abcd\nxy    ")
    }

    @Test func putClipsAtTheLeftEdge() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 6))
        buffer.put("abcdef", row: 0, column: -3)
        #expect(buffer.row(0) == "def   ")
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 8))
        let end = buffer.put("备份ok", row: 0, column: 1, style: .bold)
        #expect(end == 7)
        #expect(buffer.row(0) == " 备份ok ")
        #expect(buffer.cell(row: 0, column: 1)?.text == "备")
        #expect(buffer.cell(row: 0, column: 2)?.isContinuation == true)
        #expect(buffer.cell(row: 0, column: 2)?.style == .bold)
        #expect(buffer.cell(row: 0, column: 3)?.text == "份")
    }

    @Test func aWideCharacterThatWouldStraddleTheEdgeBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 5))
        buffer.put("ab备份", row: 0, column: 1, role: .selection)
        #expect(buffer.row(0) == " ab备")
        buffer.put("xx备份", row: 1, column: 0, role: .selection, maxWidth: 3)
        #expect(buffer.row(1) == "xx   ")
        #expect(buffer.cell(row: 1, column: 2) == Cell(" ", role: .selection))
    }

    @Test func aWideCharacterStraddlingTheLeftEdgeBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 4))
        buffer.put("备份", row: 0, column: -1)
        #expect(buffer.row(0) == " 份 ")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 6))
        buffer.put("备份", row: 0, column: 0)
        buffer.put("x", row: 0, column: 1)
        #expect(buffer.row(0) == " x份  ")
        buffer.put("备份", row: 1, column: 0)
        buffer.put("y", row: 1, column: 2)
        #expect(buffer.row(1) == "备y   ")
        #expect(buffer.cells.filter(\.isContinuation).count == 2)
    }

    @Test func controlCharactersAreNeverStored() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 12))
        buffer.put("a\u{1B}[31mb\r\n\u{7F}\u{9B}\u{202E}c", row: 0, column: 0)
        #expect(buffer.row(0) == "a\u{FFFD}[31mb\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}c")
        let unsafe = buffer.cells.flatMap(\.text.unicodeScalars).filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        #expect(unsafe.isEmpty)
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 4))
        buffer.put("e\u{301}x", row: 0, column: 0)
        #expect(buffer.cell(row: 0, column: 0)?.text == "e\u{301}")
        #expect(buffer.cell(row: 0, column: 1)?.text == "x")
    }

    @Test func fillCoversTheClippedRectangle() {
        var buffer = ScreenBuffer(size: Size(rows: 3, columns: 4))
        buffer.fill(Rect(row: 1, column: 2, rows: 5, columns: 5), with: "#", role: .muted)
        #expect(buffer.text == "    \n  ##\n  ##")
        #expect(buffer.cell(row: 2, column: 3)?.role == .muted)
    }

    @Test func boxDrawsAFrameWithATitleInUnicodeAndAscii() {
        var unicode = ScreenBuffer(size: Size(rows: 3, columns: 10))
        unicode.box(Rect(row: 0, column: 0, rows: 3, columns: 10), lines: .unicode, title: "Ability")
        #expect(unicode.text == "┌ Ability┐\n│        │\n└────────┘")
        var ascii = ScreenBuffer(size: Size(rows: 3, columns: 6))
        ascii.box(Rect(row: 0, column: 0, rows: 3, columns: 6), lines: .ascii)
        #expect(ascii.text == "+----+\n|    |\n+----+")
        #expect(ascii.cell(row: 0, column: 0)?.role == .border)
    }

    @Test func lineSetFollowsTheCodeset() {
        #expect(LineSet.forCodeset("UTF-8") == .unicode)
        #expect(LineSet.forCodeset("utf8") == .unicode)
        #expect(LineSet.forCodeset("ANSI_X3.4-1968") == .ascii)
    }

    @Test func annotatedShowsRolesAndStylesPerCell() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 6))
        buffer.put("OCP", row: 0, column: 0, role: .header)
        buffer.put("备x", row: 1, column: 1, style: [.reverse], role: .selection)
        buffer.put("!", row: 1, column: 5, style: [.bold, .underline], role: .error)
        let expected = """
            T|OCP   |
            R|hhh   |
            T| 备x !|
            R| sss e|
            S| rrr +|
            """
        #expect(buffer.annotated == expected)
    }

    @Test func findReportsTheCellWhereTextStarts() {
        var buffer = ScreenBuffer(size: Size(rows: 3, columns: 12))
        buffer.put("集群 prod", row: 2, column: 1)
        #expect(buffer.find("prod") == CellPosition(row: 2, column: 6))
        #expect(buffer.find("群") == CellPosition(row: 2, column: 3))
        #expect(buffer.find("absent") == nil)
    }
}
