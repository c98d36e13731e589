import ArgumentParser

/// `ocpbackup schedule pause|resume CLUSTER`: stop or restart the strategy's scheduled data backups.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Pause or resume the scheduled data backups of a cluster's strategy.",
        subcommands: [SchedulePauseCommand.self, ScheduleResumeCommand.self])
}

/// `ocpbackup schedule pause CLUSTER [--yes] [--dry-run]`.
struct SchedulePauseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Pause a cluster's scheduled data backups (asks first; --yes for scripts); backup now still works.",
        discussion: "OCP does not document whether log backup stops too: it is read again afterwards and shown.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var mutation: MutationOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        try await ScheduleChange(pause: true, reference: cluster, options: mutation).run(connection)
    }
}

/// `ocpbackup schedule resume CLUSTER [--yes] [--dry-run]`.
struct ScheduleResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Resume a cluster's paused scheduled data backups (asks first; --yes for scripts).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var mutation: MutationOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        try await ScheduleChange(pause: false, reference: cluster, options: mutation).run(connection)
    }
}
