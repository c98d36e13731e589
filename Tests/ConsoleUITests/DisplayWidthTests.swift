import ConsoleUI
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneCellPerCharacter() {
        #expect(DisplayWidth.width(of: "backup-01") == 9)
        #expect(DisplayWidth.width(of: "") == 0)
    }

    @Test func cjkHangulKanaAndFullwidthAreTwoCells() {
        #expect(DisplayWidth.width(of: "备份集群") == 8)
        #expect(DisplayWidth.width(of: "한국어") == 6)
        #expect(DisplayWidth.width(of: "カタカナ") == 8)
        #expect(DisplayWidth.width(of: "ＡＢ") == 4)
        #expect(DisplayWidth.width(of: "ob-生产-01") == 10)
    }

    @Test func combiningMarksAndZeroWidthCharactersTakeNoCell() {
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "a\u{200B}b") == 2)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x0301)!) == 0)
    }

    @Test func emojiAreTwoCellsAndSymbolsOne() {
        #expect(DisplayWidth.width(of: "✅") == 2)
        #expect(DisplayWidth.width(of: "🚀") == 2)
        #expect(DisplayWidth.width(of: "👍🏽") == 2)
        #expect(DisplayWidth.width(of: "✓") == 1)
        #expect(DisplayWidth.width(of: "─│┌") == 3)
    }

    @Test func controlCharactersTakeNoCell() {
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x1B)) == 0)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x85)!) == 0)
    }

    @Test func truncateKeepsShortTextAndAddsAnEllipsisOtherwise() {
        #expect(DisplayWidth.truncate("cluster", toWidth: 7) == "cluster")
        #expect(DisplayWidth.truncate("cluster-main", toWidth: 8) == "cluster…")
        #expect(DisplayWidth.truncate("cluster", toWidth: 0) == "")
    }

    @Test func truncateStopsBeforeAWideCharacterThatWouldNotFit() {
        let truncated = DisplayWidth.truncate("备份策略", toWidth: 6)
        #expect(truncated == "备份…")
        #expect(DisplayWidth.width(of: truncated) == 5)
        #expect(DisplayWidth.truncate("a备份", toWidth: 3) == "a…")
    }

    @Test func padMakesTextExactlyAsWideAsAsked() {
        #expect(DisplayWidth.pad("ab", toWidth: 4) == "ab  ")
        #expect(DisplayWidth.pad("备份", toWidth: 5) == "备份 ")
        #expect(DisplayWidth.pad("备份", toWidth: 3) == "备 ")
        #expect(DisplayWidth.pad("abcdef", toWidth: 3) == "abc")
    }
}
