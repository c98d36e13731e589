import ConsoleCore
import Foundation
import OCPAPI

/// Writes the restore wizard's exports as YAML that `ocpbackup restore CLUSTER --file` reads
/// unchanged: mode 0600, never over an existing file (`StrategyFileWriter.store(_:path:defaultFileName:in:)`).
struct RestoreExportWriter: Sendable {
    /// The directory a default file name goes to (the current directory).
    let directory: URL

    /// The console's writer.
    var client: RestoreFileWriter {
        RestoreFileWriter { export in
            do throws(ExportFailure) { return .success(try store(export)) } catch { return .failure(error) }
        }
    }

    /// Writes `export` to its path, or to the first free of `restore-<tenant>.yaml`,
    /// `restore-<tenant>-2.yaml`, … in `directory`; returns the path written.
    func store(_ export: RestoreExport) throws(ExportFailure) -> String {
        try StrategyFileWriter.store(try Self.yaml(export), path: export.path, defaultFileName: export.defaultFileName, in: directory)
    }

    /// The YAML: a comment naming the source cluster and the command, then the body.
    static func yaml(_ export: RestoreExport) throws(ExportFailure) -> String {
        let body: String
        do {
            body = try YAMLBridge.yaml(from: export.body)
        } catch {
            throw ExportFailure("The request body could not be written as YAML (\(error)); nothing was written.")
        }
        return """
            # Restore request body from cluster \(TextSanitizer.singleLine(export.clusterName)) (id \(export.clusterId)), exported by ocpbackup.
            # Use it with: ocpbackup restore \(export.clusterId) --file FILE
            # Secrets are written as ******: put the real secret in their place before an offline restore.

            """ + body
    }
}
