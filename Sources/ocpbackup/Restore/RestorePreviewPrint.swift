import Foundation
import OCPAPI

/// `restore --preview`: what OCP's preview says the restore would read, as a table, or OCP's
/// data unchanged (`--output json|yaml`).
enum RestorePreviewPrint {
    /// Asks OCP's preview for `body` restored from `source` and prints it.
    static func run(_ session: ClientSession, source: Cluster, body: RestoreRequest, output: OutputFormat) async throws(CommandFailure) {
        let request: PreparedRequest
        do throws(OCPAPIError) {
            request = try OCPClient.restorePreviewRequest(clusterId: source.id, body: body)
        } catch {
            throw .usage(error.message)
        }
        let answer = try await session.call { client throws(OCPAPIError) in try await client.perform(request, as: RestorePreview.self) }
        guard output == .table else { return try DataPrinter.print(raw: answer.rawData, format: output) }
        print(table(answer.value))
    }

    /// The backup sets, then the log pieces, one row each.
    static func table(_ preview: RestorePreview) -> String {
        guard !preview.items.isEmpty else { return "OCP names no backup set or log piece for this restore." }
        var table = TextTable(headings: ["TYPE", "ID", "COPY", "DESTINATION"])
        for item in preview.backupSets + preview.logPieces + preview.items.filter({ ![.backupSet, .backupPiece].contains($0.backupType) }) {
            let kind: String =
                switch item.backupType {
                case .backupSet?: "backup set"
                case .backupPiece?: "log piece"
                default: item.backupType?.rawValue ?? "-"
                }
            table.append([kind, item.backupId?.raw ?? "-", item.copyId?.raw ?? "-", item.backupDest ?? "-"])
        }
        return table.render()
    }
}
