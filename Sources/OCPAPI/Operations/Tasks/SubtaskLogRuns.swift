/// One run of a subtask in its log: the text after a banner
/// `############{OPERATION}{start time}############`, up to the next banner.
public struct SubtaskLogRun: Sendable, Hashable {
    /// EXECUTE, RETRY, …; `nil` for text before the first banner.
    public var operation: TaskOperation?
    /// When the run started, as the banner says.
    public var startTime: OCPTimestamp?
    /// The run's lines (a slice of the log: nothing is copied).
    public var text: Substring

    /// Makes a run.
    public init(operation: TaskOperation?, startTime: OCPTimestamp?, text: Substring) {
        self.operation = operation
        self.startTime = startTime
        self.text = text
    }

    /// The run's lines (split at each `\n`, a `\r` before it kept) without the blank ones the
    /// log puts between entries.
    public var lines: [Substring] { text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true).map(Substring.init) }
}

extension SubtaskLog {
    /// The runs, oldest first (`runTime` counts them); text before any banner is a run without
    /// operation. Linear in the log's length and without copies, for logs of many megabytes.
    public var runs: [SubtaskLogRun] {
        var runs: [SubtaskLogRun] = []
        let utf8 = log.utf8
        var runStart = log.startIndex
        var banner: (TaskOperation, OCPTimestamp)?
        var lineStart = log.startIndex
        func close(at end: String.Index) {
            if banner != nil || runStart < end {
                runs.append(SubtaskLogRun(operation: banner?.0, startTime: banner?.1, text: log[runStart..<end]))
            }
        }
        while lineStart < log.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? log.endIndex
            if let parsed = Self.banner(log[lineStart..<lineEnd]) {
                close(at: lineStart)
                banner = parsed
                runStart = lineEnd < log.endIndex ? utf8.index(after: lineEnd) : lineEnd
            }
            lineStart = lineEnd < log.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        close(at: log.endIndex)
        return runs
    }

    /// The last `count` non-blank lines of the last run, each made safe to print
    /// (`TextSanitizer.singleLine`): what a task view shows by default.
    public func tail(_ count: Int) -> [String] {
        guard count > 0, let last = runs.last else { return [] }
        return last.lines.suffix(count).map { TextSanitizer.singleLine(String($0)) }
    }

    /// `(operation, time)` of a banner line, or `nil`: 12 `#`, `{WORD}`, `{time}`, 12 `#`.
    package static func banner(_ line: Substring) -> (TaskOperation, OCPTimestamp)? {
        let bytes = Array(line.utf8.prefix(200))
        let hashes = [UInt8](repeating: UInt8(ascii: "#"), count: 12)
        guard bytes.count > 28, line.utf8.count == bytes.count, bytes.starts(with: hashes), bytes.suffix(12).elementsEqual(hashes),
            bytes[12] == UInt8(ascii: "{")
        else { return nil }
        let inner = bytes[13..<(bytes.count - 12)]
        guard let close = inner.firstIndex(of: UInt8(ascii: "}")), close + 1 < inner.endIndex, bytes[close + 1] == UInt8(ascii: "{"),
            bytes[bytes.count - 13] == UInt8(ascii: "}")
        else { return nil }
        let word = bytes[13..<close]
        let time = bytes[(close + 2)..<(bytes.count - 13)]
        guard !word.isEmpty, word.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x5F }), !time.isEmpty,
            !time.contains(UInt8(ascii: "}"))
        else { return nil }
        return (TaskOperation(rawValue: String(decoding: word, as: UTF8.self)), OCPTimestamp(raw: String(decoding: time, as: UTF8.self)))
    }
}
