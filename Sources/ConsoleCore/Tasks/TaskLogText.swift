import Foundation
import OCPAPI

/// A subtask's log, indexed once for drawing a window of it: the text is kept as OCP sent it
/// (one copy, never split into lines) and the index holds the start of every `stride`-th
/// non-blank line, at most ``maxCheckpoints`` of them. Reaching any line scans at most `stride`
/// lines from a checkpoint, so a 10 MB log opens and scrolls a page at the cost of the page,
/// and memory grows by the log's size plus a bounded index.
///
/// Blank lines (the log puts one between entries) are left out, as `SubtaskLogRun.lines` does.
/// Nothing here is sanitized: a line's text goes through `TextSanitizer` where it is drawn.
public struct TaskLogText: Equatable, Sendable {
    /// One line: its number among the non-blank lines and its bytes in the log.
    public struct Line: Equatable, Sendable {
        /// 0-based.
        public var number: Int
        /// UTF-8 offsets in the log, without the line break.
        public var bytes: Range<Int>
    }

    /// The most checkpoints the index keeps; the stride doubles when a log has more lines.
    public static let maxCheckpoints = 4096

    /// The log as OCP sent it, in contiguous UTF-8.
    private let text: String
    /// Non-blank lines.
    public let lineCount: Int
    /// Lines between two checkpoints.
    public let stride: Int
    /// The UTF-8 offset of line `k × stride`'s start, for each `k`.
    private let checkpoints: [Int]

    /// Indexes `log` in one pass.
    public init(_ log: String) {
        var text = log
        text.makeContiguousUTF8()
        var checkpoints: [Int] = []
        var stride = 1
        var count = 0
        Self.scan(text, from: 0) { start, _ in
            if count % stride == 0 {
                checkpoints.append(start)
                if checkpoints.count > Self.maxCheckpoints {
                    checkpoints = Swift.stride(from: 0, to: checkpoints.count, by: 2).map { checkpoints[$0] }
                    stride *= 2
                }
            }
            count += 1
            return true
        }
        self.text = text
        self.lineCount = count
        self.stride = stride
        self.checkpoints = checkpoints
    }

    /// An empty log.
    public static let empty = TaskLogText("")

    /// The log's size in bytes.
    public var byteCount: Int { text.utf8.count }

    /// The index's size in entries (bounded by ``maxCheckpoints``).
    public var checkpointCount: Int { checkpoints.count }

    /// Up to `count` lines from line `first` (clamped to the log).
    public func lines(from first: Int, count: Int) -> [Line] {
        guard lineCount > 0, count > 0 else { return [] }
        let start = min(max(0, first), lineCount - 1)
        let checkpoint = start / stride
        var number = checkpoint * stride
        var found: [Line] = []
        Self.scan(text, from: checkpoints[checkpoint]) { lineStart, lineEnd in
            if number >= start { found.append(Line(number: number, bytes: lineStart..<lineEnd)) }
            number += 1
            return found.count < count
        }
        return found
    }

    /// The text of `line`, at most `maxBytes` of it (a longer line is cut; a character cut in
    /// two reads as U+FFFD). Not sanitized.
    public func text(of line: Line, maxBytes: Int) -> String {
        let end = min(line.bytes.upperBound, line.bytes.lowerBound + max(0, maxBytes))
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[line.bytes.lowerBound..<end]), as: UTF8.self)
        } ?? ""
    }

    /// What a server log line says, without its prefix: the text after ` : ` in
    /// `2026-11-20 19:41:44.000 ERROR 57200 --- [thread] Class : message`; the line itself when
    /// it has no such prefix.
    public static func message(_ line: String) -> String {
        guard let dashes = line.range(of: " --- ["), let colon = line.range(of: " : ", range: dashes.upperBound..<line.endIndex) else {
            return line
        }
        let message = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        return message.isEmpty ? line : message
    }

    /// A server log line as its time, level and message: `19:41:44.000 ERROR message` for
    /// `2026-11-20 19:41:44.000 ERROR 57200 --- [thread] Class : message`; any other line as it is.
    public static func compact(_ line: String) -> String {
        let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard fields.count == 4, fields[0].count == 10, fields[0].contains("-"), fields[1].contains(":"), line.contains(" --- [") else {
            return line
        }
        let body = message(line)
        return body == line ? line : "\(fields[1]) \(fields[2]) \(body)"
    }

    /// Whether `line` is a run's banner `############{OPERATION}{time}############`, and which.
    public func banner(of line: Line) -> (operation: TaskOperation, start: OCPTimestamp)? {
        guard line.bytes.count <= 200 else { return nil }
        return SubtaskLog.banner(Substring(text(of: line, maxBytes: 200))).map { (operation: $0.0, start: $0.1) }
    }

    /// Calls `visit(start, end)` for each non-blank line from byte `offset` (a line start) while
    /// it returns true.
    private static func scan(_ text: String, from offset: Int, _ visit: (Int, Int) -> Bool) {
        _ = text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = offset
            let total = buffer.count
            while start < total {
                let remaining = total - start
                let found = memchr(base + start, 0x0A, remaining).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }
                let end = found ?? total
                var contentEnd = end
                if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if contentEnd > start, !visit(start, contentEnd) { return }
                start = end + 1
            }
        }
    }

    /// Equal when the texts are (the index follows from the text).
    public static func == (lhs: TaskLogText, rhs: TaskLogText) -> Bool {
        lhs.lineCount == rhs.lineCount && lhs.text == rhs.text
    }
}
