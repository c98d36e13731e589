import Foundation
import Logging
import OCPAPI
import Synchronization

/// A swift-log handler that appends one line per message to a 0600 file, never to the screen.
/// Each line is sanitized: server text in it (trace ids, messages) cannot drive the terminal of
/// whoever reads the log.
struct FileLogHandler: LogHandler {
    /// The shared, locked file.
    final class Sink: Sendable {
        private let handle: Mutex<FileHandle>

        init(handle: FileHandle) { self.handle = Mutex(handle) }

        func write(_ line: String) {
            handle.withLock { $0.write(Data(line.utf8)) }
        }
    }

    private let label: String
    private let sink: Sink
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    init(label: String, sink: Sink, level: Logger.Level) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = OCPTimestampText.now()
        var text = "\(stamp) \(event.level) \(label): \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        if !merged.isEmpty {
            text += " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        sink.write(TextSanitizer.singleLine(text) + "\n")
    }
}
