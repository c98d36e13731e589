import Foundation

extension FileDraftStore {
    /// The temporary file a save writes before renaming it into place:
    /// `.<draft file>.<process id>.<random>.tmp`.
    static func temporaryName(for key: DraftKey, process: Int32) -> String {
        temporaryName(forFile: key.fileName, process: process)
    }

    /// The temporary file a save of `fileName` writes first.
    static func temporaryName(forFile fileName: String, process: Int32) -> String {
        ".\(fileName).\(process).\(UUID().uuidString).tmp"
    }

    /// The process id in a temporary file's name, or `nil` when the name is not one of ours.
    static func writingProcess(ofTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return Int32(parts[parts.count - 2])
    }

    /// Removes temporary files whose writing process no longer runs (it was killed between
    /// writing and renaming); files of running processes, such as another console saving now,
    /// stay.
    func removeAbandonedTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names {
            guard let process = Self.writingProcess(ofTemporaryName: name), process > 0 else { continue }
            if kill(process, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }
}
