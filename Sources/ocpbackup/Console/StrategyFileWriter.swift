import ConsoleCore
import Foundation
import OCPAPI

/// Writes the console's strategy exports as YAML that `strategy create|modify --file` reads
/// back unchanged: mode 0600, written whole to a temporary file and linked into place, which
/// fails rather than replace an existing file.
struct StrategyFileWriter: Sendable {
    /// The directory a default file name goes to (the current directory).
    let directory: URL

    /// The console's client.
    var client: StrategyFileClient {
        StrategyFileClient { export in
            do throws(ExportFailure) { return .success(try store(export)) } catch { return .failure(error) }
        }
    }

    /// Writes `export` to its path, or to the first free of `strategy-<cluster>.yaml`,
    /// `strategy-<cluster>-2.yaml`, … in `directory`; returns the path written.
    func store(_ export: StrategyExport) throws(ExportFailure) -> String {
        try Self.store(try Self.yaml(export), path: export.path, defaultFileName: export.defaultFileName, in: directory)
    }

    /// Writes `text` to `path`, or to the first free of `defaultFileName`, its `-2`, `-3` … in
    /// `directory`; returns the path written.
    static func store(_ text: String, path: String?, defaultFileName: String, in directory: URL) throws(ExportFailure) -> String {
        if let path {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath, relativeTo: directory)
            guard try create(url, contents: text) else {
                throw ExportFailure("\(path) exists and was kept; nothing was written. Use :export with another path.")
            }
            return path
        }
        let stem = String(defaultFileName.dropLast(".yaml".count))
        for attempt in 1...99 {
            let name = attempt == 1 ? defaultFileName : "\(stem)-\(attempt).yaml"
            if try create(directory.appendingPathComponent(name), contents: text) { return name }
        }
        throw ExportFailure("\(stem).yaml and 98 more names exist already; nothing was written. Use :export PATH.")
    }

    /// The YAML: a comment naming the cluster and how secrets are written, then the body.
    static func yaml(_ export: StrategyExport) throws(ExportFailure) -> String {
        let body: String
        do {
            body = try YAMLBridge.yaml(from: export.body)
        } catch {
            throw ExportFailure("The request body could not be written as YAML (\(error)); nothing was written.")
        }
        let name = TextSanitizer.singleLine(export.clusterName)
        return """
            # Backup strategy request body for cluster \(name) (id \(export.clusterId)), exported by ocpbackup.
            # Use it with: ocpbackup strategy modify|create CLUSTER --file FILE
            # Secrets are written as ******: put the real secret in their place before a create (see the README).

            """ + body
    }

    /// Creates `url` with `contents` (0600) unless it exists: `false` when it does.
    private static func create(_ url: URL, contents: String) throws(ExportFailure) -> Bool {
        let target = url.standardizedFileURL.path
        let temporary = (target as NSString).deletingLastPathComponent + "/.ocpbackup-export-\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw failure("Cannot create a file next to \(target)", errno) }
        defer { unlink(temporary) }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else { throw failure("Cannot write \(target)", errno) }
        guard link(temporary, target) == 0 else {
            if errno == EEXIST { return false }
            throw failure("Cannot write \(target)", errno)
        }
        return true
    }

    private static func failure(_ what: String, _ code: Int32) -> ExportFailure {
        ExportFailure("\(what): \(String(cString: strerror(code))); nothing was written. Check the directory and its permissions.")
    }
}
