import ArgumentParser
import OCPAPI

/// `ocpbackup strategy diff CLUSTER --file F`: what a modify with F would change.
struct StrategyDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Show what `strategy modify --file F` would change, field by field; sends nothing.")

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Option(name: [.short, .long], help: ArgumentHelp("The OCP request body as JSON or YAML.", valueName: "file"))
    var file: String

    func run() async throws {
        let wanted = try StrategyFile.read(file)
        let reference = cluster
        let (target, current) = try await ClientSession.with(connection) { session throws(CommandFailure) in
            try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                return (target, try await client.backupStrategyIfAny(clusterId: target.id))
            }
        }
        let changes = Self.changes(current: current?.value, wanted: wanted)
        let name = TextSanitizer.singleLine(target.name)
        if current == nil { print("Cluster \(name) (id \(target.id)) has no strategy: `strategy create` would create all of it.") }
        print(changes.isEmpty ? "No differences: the strategy of \(name) already matches." : changes.map(\.description).joined(separator: "\n"))
    }

    /// The changes from the current strategy (as the request it is compared with: protocol
    /// removed, OCP's own service fields left out where the file leaves them out) to the wanted
    /// one, secrets masked on both sides; a secret given as `******` counts as unchanged.
    static func changes(current: BackupStrategy?, wanted: BackupStrategyRequest) -> [JSONDiff.Change] {
        let before = current?.baseline(for: wanted)
        func json(_ request: BackupStrategyRequest?) -> JSONValue? {
            request.flatMap { try? JSONValue.parse(OCPJSON.encode($0)).maskingSecrets() }
        }
        return JSONDiff.changes(from: json(before), to: json(wanted))
    }
}
