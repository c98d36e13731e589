import ConsoleCore
import Testing

@testable import ConsoleUI

/// An input box never runs past the frame: a text wider than the room shows its end (where
/// typing happens) while focused and its start otherwise, each marked with an ellipsis.
@Suite struct InputBoxTests {
    static let longPath = "/obbackup/hangzhou/production/trading-core-cluster-primary/2026/full-and-incremental/long-retention"

    @Test func aTextThatFitsIsShownWhole() {
        #expect(InputBox.visible("/obbackup/_", room: 20, showingEnd: true) == "/obbackup/_")
        #expect(InputBox.visible("/obbackup/", room: 10, showingEnd: false) == "/obbackup/")
    }

    @Test(arguments: [8, 20, 41])
    func aLongerTextShowsItsEndWhileTypedAndItsStartOtherwise(room: Int) {
        let typed = InputBox.visible(Self.longPath + "_", room: room, showingEnd: true)
        #expect(typed == "…" + (Self.longPath + "_").suffix(room - 1))
        #expect(DisplayWidth.width(of: typed) == room)
        let resting = InputBox.visible(Self.longPath, room: room, showingEnd: false)
        #expect(resting == Self.longPath.prefix(room - 1) + "…")
        #expect(DisplayWidth.width(of: resting) == room)
    }

    @Test func wideCharactersAreNeverSplit() {
        let shown = InputBox.visible("备份目录备份目录备份目录_", room: 8, showingEnd: true)
        #expect(shown == "…份目录_")
        #expect(InputBox.visible("备份目录备份目录_", room: 7, showingEnd: true) == "…目录_", "one cell short rather than half a character")
        #expect(DisplayWidth.suffix(of: "备份目录", fitting: 5) == "目录")
        #expect(DisplayWidth.suffix(of: "abc", fitting: 0) == "")
    }

    @Test(arguments: [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)])
    func theStorageStepKeepsALongDirectoryInsideTheFrame(size: Size) {
        var driver = Scene.fileStorage()
        driver.type(String(Self.longPath.dropFirst("/obbackup/".count)))
        let screen = ConsoleRenderer.render(driver.state, size: size)
        let row = screen.text.split(separator: "\n").first { $0.contains("Directory") }.map(String.init) ?? ""
        #expect(row.contains("…") && row.contains("retention_]"), "\(row)")
        #expect(DisplayWidth.width(of: row) <= size.columns)
        driver.wizard(.nextField)
        let resting = ConsoleRenderer.render(driver.state, size: size).text.split(separator: "\n").first { $0.contains("Directory") }
        #expect(resting.map { $0.contains("[/obbackup/hangzhou") && $0.contains("…]") } == true, "\(resting ?? "")")
    }
}
