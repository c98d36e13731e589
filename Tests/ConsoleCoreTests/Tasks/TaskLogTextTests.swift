import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// The indexed log: lines are found from a bounded index, blank lines left out, and only the
/// asked-for part of a line is read.
@Suite struct TaskLogTextTests {
    @Test func linesLeaveOutBlankOnesAndLineBreaks() {
        let log = TaskLogText("############{EXECUTE}{2024-01-01T00:00:00+08:00}############\n\nfirst\r\n\r\nsecond\n\n\nthird")
        #expect(log.lineCount == 4)
        let lines = log.lines(from: 0, count: 10)
        #expect(lines.map { log.text(of: $0, maxBytes: 100) }.dropFirst() == ["first", "second", "third"])
        #expect(lines.map(\.number) == [0, 1, 2, 3])
        #expect(log.banner(of: lines[0])?.operation == .execute)
        #expect(log.banner(of: lines[1]) == nil)
    }

    @Test func anyLineIsReachedFromTheBoundedIndex() {
        let count = 3 * TaskLogText.maxCheckpoints + 17
        let text = (0..<count).map { "line \($0)" }.joined(separator: "\n\n")
        let log = TaskLogText(text)
        #expect(log.lineCount == count)
        #expect(log.checkpointCount <= TaskLogText.maxCheckpoints && log.stride == 4)
        for first in [0, 1, 3, 4, 5, count / 2, count - 3] {
            let lines = log.lines(from: first, count: 3)
            #expect(lines.map { log.text(of: $0, maxBytes: 40) } == (first..<min(count, first + 3)).map { "line \($0)" })
        }
        #expect(log.lines(from: count + 5, count: 2).map(\.number) == [count - 1], "clamped to the last line")
        #expect(log.lines(from: -3, count: 1).map(\.number) == [0])
    }

    @Test func aHugeLineIsReadOnlyAsFarAsAsked() {
        let huge = String(repeating: "界", count: 1_000_000)
        let log = TaskLogText("before\n" + huge + "\nafter")
        let line = log.lines(from: 1, count: 1)[0]
        #expect(line.bytes.count == 3_000_000)
        let prefix = log.text(of: line, maxBytes: 10)
        #expect(prefix.unicodeScalars.count == 4 && prefix.hasPrefix("界界界"), "three whole characters and a cut one")
        #expect(log.text(of: log.lines(from: 2, count: 1)[0], maxBytes: 100) == "after")
    }

    @Test func aTenMegabyteLogIndexesWithinItsBound() {
        let line = "2026-11-20 20:00:00.000 WARN 57200 --- [pool-subtask-executor-thread-32] c.o.o.b.BackupTask : copying macro block 0000\n\n"
        let text = String(repeating: line, count: 10_000_000 / line.utf8.count + 1)
        let log = TaskLogText(text)
        #expect(log.byteCount > 10_000_000)
        #expect(log.lineCount == 10_000_000 / line.utf8.count + 1)
        #expect(log.checkpointCount <= TaskLogText.maxCheckpoints)
        let last = log.lines(from: log.lineCount - 40, count: 40)
        #expect(last.count == 40 && last.last?.number == log.lineCount - 1)
    }

    @Test func aServerLineSaysItsMessageWithoutItsPrefix() {
        #expect(
            TaskLogText.message("2026-11-20 19:41:44.000 ERROR 57200 --- [executor-3] CompactTask : Compaction needed : now")
                == "Compaction needed : now")
        #expect(TaskLogText.message("Full data backup needed") == "Full data backup needed")
        #expect(TaskLogText.message("a --- [b] c : ") == "a --- [b] c : ")
    }

    @Test func aServerLineIsShownAsItsTimeLevelAndMessage() {
        #expect(
            TaskLogText.compact("2026-11-20 19:41:44.000 ERROR 57200 --- [pool-7,3000101] c.o.o.CompactTask : Compaction needed")
                == "19:41:44.000 ERROR Compaction needed")
        #expect(TaskLogText.compact("plain words in a line") == "plain words in a line")
        #expect(TaskLogText.compact("2026-11-20 19:41:44.000 INFO no separator here") == "2026-11-20 19:41:44.000 INFO no separator here")
    }

    @Test func logsCompareByTheirText() {
        #expect(TaskLogText("a\nb") == TaskLogText("a\nb"))
        #expect(TaskLogText("a\nb") != TaskLogText("a\nc"))
        #expect(TaskLogText.empty.lineCount == 0 && TaskLogText.empty.lines(from: 0, count: 5).isEmpty)
    }
}
