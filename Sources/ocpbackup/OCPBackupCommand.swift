import ArgumentParser

/// The `ocpbackup` root command (minimal here: only `sim`; the other commands join it on merge).
@main
struct OCPBackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocpbackup", abstract: "A terminal console for OceanBase Cloud Platform (OCP) backup management.",
        subcommands: [SimCommand.self])
}
