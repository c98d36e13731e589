import Localization
import OCPAPI

/// What `ability` and `strategy show` share: resolve the cluster, read one thing about it,
/// print OCP's data raw (json, yaml) or in words (table).
enum ClusterRead {
    static func run<Value: Sendable>(
        connection: ConnectionOptions, cluster reference: String, output: OutputFormat,
        read: (OCPClient, Int64) async throws(OCPAPIError) -> OCPResponse<Value>,
        describe: (Cluster, Value, Language) -> String
    ) async throws(CommandFailure) {
        let (target, response, language) = try await ClientSession.with(connection) { session throws(CommandFailure) in
            let (target, response) = try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                return (target, try await read(client, target.id))
            }
            return (target, response, session.settings.displayLanguage)
        }
        guard output == .table else {
            return try DataPrinter.print(raw: response.rawData, format: output)
        }
        print(describe(target, response.value, language))
    }
}
