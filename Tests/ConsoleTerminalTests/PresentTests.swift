import ConsoleTerminal
import ConsoleUI
import Testing

extension TerminalTests {
    @Suite struct PresentTests {
        @Test(arguments: [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)])
        func presentedTextReadsBackIncludingWideCharacters(size: Size) throws {
            let file = try ScreenFile(size: size)
            var buffer = ScreenBuffer(size: file.screen.size)
            buffer.put("OCP 备份控制台", row: 0, column: 0, role: .header)
            buffer.put("集群 ob-生产-01 ✓", row: 3, column: 4, style: .underline, role: .selection)
            buffer.put("末尾last", row: size.rows - 1, column: size.columns - 8)
            buffer.put("截断的宽字符", row: 5, column: size.columns - 5)
            file.screen.present(buffer)
            for row in 0..<size.rows {
                #expect(file.screen.presentedRow(row) == buffer.row(row))
            }
            #expect(file.screen.presentedRow(3).hasPrefix("    集群 ob-生产-01 ✓ "))
            #expect(file.screen.presentedRow(5).hasSuffix("截断 "))
            #expect(file.screen.presentedRow(size.rows - 1).hasSuffix("末尾last"))
        }

        @Test func presentedAttributesAndColourPairsReadBack() throws {
            let file = try ScreenFile(size: Size(rows: 24, columns: 80))
            var buffer = ScreenBuffer(size: file.screen.size)
            buffer.put("生产", row: 2, column: 0, style: [.bold, .underline], role: .selection)
            buffer.put("x", row: 2, column: 5, role: .error)
            file.screen.present(buffer)
            let wide = try #require(file.screen.presentedCell(row: 2, column: 0))
            #expect(wide.text == "生")
            #expect(wide.style.isSuperset(of: [.bold, .underline]))
            #expect(wide.role == .selection)
            let error = try #require(file.screen.presentedCell(row: 2, column: 5))
            #expect(error.text == "x" && error.role == .error && error.style.contains(.bold))
            let plain = try #require(file.screen.presentedCell(row: 2, column: 10))
            #expect(plain.text == " " && plain.role == nil && plain.style.isEmpty)
        }

        @Test func monochromeDrawsAttributesWithoutColourPairs() throws {
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), theme: .monochrome)
            var buffer = ScreenBuffer(size: file.screen.size)
            buffer.put("selected", row: 1, column: 0, role: .selection)
            file.screen.present(buffer)
            let cell = try #require(file.screen.presentedCell(row: 1, column: 0))
            #expect(cell.style == .reverse)
            #expect(cell.role == nil)
        }

        @Test func laterPresentsReplaceOnlyWhatChanged() throws {
            let file = try ScreenFile(size: Size(rows: 24, columns: 80))
            var buffer = ScreenBuffer(size: file.screen.size)
            buffer.put("备份策略 weekly", row: 5, column: 0)
            file.screen.present(buffer)
            buffer.put("x", row: 5, column: 1)
            buffer.put("abc", row: 6, column: 0)
            file.screen.present(buffer)
            #expect(file.screen.presentedRow(5) == buffer.row(5))
            #expect(file.screen.presentedRow(5).hasPrefix(" x份策略 weekly"))
            #expect(file.screen.presentedRow(6).hasPrefix("abc "))
        }
    }
}

extension TerminalTests.PresentTests {
    /// U+1F321 (thermometer) is wide in our table (pictographs) but narrow for the C library,
    /// which ncurses asks: the cell after it must still be replaced, not left as it was.
    @Test func aWidthDisagreementWithTheCLibraryLeavesNoStaleCell() throws {
        let file = try ScreenFile(size: Size(rows: 24, columns: 80))
        var buffer = ScreenBuffer(size: file.screen.size)
        buffer.put("abc", row: 0, column: 0)
        file.screen.present(buffer)
        buffer.put("\u{1F321}x", row: 0, column: 0)
        file.screen.present(buffer)
        #expect(file.screen.presentedRow(0).hasPrefix("\u{1F321} x "))
    }
}
