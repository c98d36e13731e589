import ArgumentParser
import OCPAPI

/// `ocpbackup restore CLUSTER --file F [--preview] [--dry-run] [--yes] [--follow]`.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a tenant of a cluster to a point in time, as a new tenant (asks you to type its name; --yes for scripts).",
        discussion: """
            The file holds OCP's restore body (backupTenantStatus and restoreOnlineTenantRequiredParam or \
            restoreOfflineTenantRequiredParam) as JSON or YAML; a field OCP does not document is refused. Without \
            restoreEndTime the tenant's latest recoverable time is used. Before anything is sent the body is checked \
            against what OCP says now: the time must lie inside a recoverable window of the tenant (the nearest \
            recoverable times are named otherwise), the target must run, be no standby and be at least the source's \
            version, the new name must be free, the zones the target's (the same unit count in each on OceanBase 4.x). \
            --preview prints the backup sets and log pieces OCP would read; --dry-run prints the request. The request \
            is sent once; when its answer is lost, the target's restore tasks are read to say whether it arrived.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var mutation: MutationOptions
    @OptionGroup var following: FollowOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The source cluster (whose backups are read): its OCP id or its exact name.")
    var cluster: String

    @Option(name: [.short, .long], help: ArgumentHelp("The OCP restore body as JSON or YAML ('-' reads standard input).", valueName: "file"))
    var file: String

    @Flag(help: "Print the backup sets and log pieces OCP would read for this restore (OCP's preview); start nothing.")
    var preview = false

    func run() async throws {
        guard !(preview && mutation.dryRun) else { throw CommandFailure.usage("Give --preview or --dry-run, not both; nothing was sent.") }
        let body = try RestoreFile.read(file)
        try await RestoreRun(
            reference: cluster, body: body, options: mutation, preview: preview, follow: following.follow, timeout: try following.timeout(),
            output: output.output
        ).run(connection)
    }
}
