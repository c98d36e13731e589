import Foundation
import Testing

/// Golden files under `Tests/ConsoleUITests/Golden/`; `OCPBACKUP_RECORD_GOLDEN=1` rewrites them.
enum Golden {
    /// The folder of golden files, found from this source file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Whether goldens are being recorded.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["OCPBACKUP_RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden `name`, or records it; a missing or different golden
    /// fails with a line diff.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("No golden \(name).txt; run with OCPBACKUP_RECORD_GOLDEN=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Golden \(name).txt differs:\n\(diff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, as `-expected` / `+actual` pairs.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? String(old[index]) : nil
            let right = index < new.count ? String(new[index]) : nil
            guard left != right else { continue }
            if let left { lines.append("\(index + 1) -\(left)") }
            if let right { lines.append("\(index + 1) +\(right)") }
        }
        return lines.joined(separator: "\n")
    }
}
