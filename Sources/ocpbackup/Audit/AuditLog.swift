import Foundation
import OCPAPI

/// The append-only audit log, one JSON object per line, file mode 0600.
struct AuditLog {
    /// Where the log is.
    let path: String

    /// Appends one entry.
    /// - Throws: when the file cannot be written; the caller reports it, the change already happened.
    func append(_ entry: AuditEntry) throws {
        let handle = try StatePaths.openForAppending(path)
        defer { try? handle.close() }
        handle.write(Data(try OCPJSON.encode(entry)) + Data("\n".utf8))
    }

    /// Every entry, oldest first; unreadable lines are skipped.
    func entries() throws -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            try? OCPJSON.decoder().decode(AuditEntry.self, from: Data(line.utf8))
        }
    }
}
