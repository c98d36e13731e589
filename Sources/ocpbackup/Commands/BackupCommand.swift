import ArgumentParser

/// `ocpbackup backup …`: start a data backup by hand.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Start a data backup now, to the storage of the cluster's strategy.",
        subcommands: [BackupNowCommand.self])
}
