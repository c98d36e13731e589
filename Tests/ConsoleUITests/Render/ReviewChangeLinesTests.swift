import ConsoleCore
import Testing

@testable import ConsoleUI

/// The review's "Changes" of an edit show every value whole: a change that fits stays on one
/// line, a longer one moves its values below the path, and values too long for that are wrapped
/// under `was` and `now` instead of being cut at the frame.
@Suite struct ReviewChangeLinesTests {
    static let oldURI = "\"oss://ocp-backup-archive/hangzhou/production/cluster-" + String(repeating: "0123456789", count: 6) + "/data\""
    static let newURI = "\"oss://ocp-backup-archive/shanghai/production/cluster-" + String(repeating: "abcdefghij", count: 6) + "/data\""

    /// The review of an edit whose changes are `changes`.
    static func wizard(_ changes: [FieldChange]) throws -> WizardState {
        var wizard = try #require(Scene.reviewModify.state.wizard)
        wizard.review?.changes = changes
        return wizard
    }

    /// The text of the lines from the "Changes" heading on, and the width of the scrolling
    /// column that has them, in a review `width` cells wide.
    static func changeLines(_ wizard: WizardState, width: Int) throws -> (lines: [String], columnWidth: Int) {
        let rect = Rect(row: 0, column: 0, rows: 40, columns: width)
        let layout = try #require(ReviewLines(wizard: wizard, ascii: false).layout(rect: rect, before: []))
        let columns = layout.columns.map { (lines: $0.lines.map { $0.map(\.text).joined() }, width: $0.rect.size.columns) }
        let column = try #require(columns.first { $0.lines.contains("Changes") })
        return (Array(column.lines.drop { $0 != "Changes" }.dropFirst()), column.width)
    }

    @Test(arguments: [76, 80, 120])
    func aLongValueIsWrappedWholeUnderWasAndNow(width: Int) throws {
        let change = FieldChange(path: "backupDataDestination.storageUri", old: Self.oldURI, new: Self.newURI)
        let (lines, columnWidth) = try Self.changeLines(Self.wizard([change]), width: width)
        #expect(lines.first == "backupDataDestination.storageUri:")
        let was = try #require(lines.firstIndex { $0.hasPrefix("  was ") })
        let now = try #require(lines.firstIndex { $0.hasPrefix("  now ") })
        #expect(was < now)
        let oldText = lines[was..<now].map { String($0.dropFirst(6)) }.joined()
        let newText = lines[now...].prefix { $0.hasPrefix("  now ") || $0.hasPrefix("      ") }.map { String($0.dropFirst(6)) }.joined()
        #expect(oldText == Self.oldURI)
        #expect(newText == Self.newURI)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= columnWidth }, "no line is wider than its column")
    }

    @Test func shortValuesKeepTheirOneLineForms() throws {
        let short = FieldChange(path: "a.b", old: "1", new: "2")
        let medium = FieldChange(path: "obBackupScheduleConfig.backupScheduleTime", old: "\"02:00:00.000+08:00\"", new: "\"01:30:00.000+08:00\"")
        let lines = try Self.changeLines(Self.wizard([short, medium]), width: 76).lines
        #expect(lines.prefix(3) == ["a.b: 1 → 2", "obBackupScheduleConfig.backupScheduleTime:", "  \"02:00:00.000+08:00\" → \"01:30:00.000+08:00\""])
        #expect(!lines.contains { $0.hasPrefix("  was ") })
    }
}
