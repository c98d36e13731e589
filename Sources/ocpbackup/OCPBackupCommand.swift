import ArgumentParser
import Foundation

/// The `ocpbackup` command: OCP backup management from a terminal.
@main
struct OCPBackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocpbackup",
        abstract: "Manage OceanBase Cloud Platform (OCP) cluster backups: strategies, backups, tasks, recovery windows and health.",
        discussion: """
            Connection settings come from flags, then environment variables (OCP_URL, OCP_USER, \
            OCP_PASSWORD, OCP_ACCESS_KEY_ID, OCP_ACCESS_KEY_SECRET, OCP_PROFILE), then the profile in \
            $XDG_CONFIG_HOME/ocpbackup/config.yaml. Secrets are never accepted as flag values: use the \
            environment or --password-file / --access-key-secret-file.

            Exit codes: 0 success; 1 OCP answered with an error (or a followed task failed); 2 usage or \
            validation error (nothing sent); 3 could not connect, authenticate, or timed out; 4 the answer \
            is no (health found problems, a time is not recoverable).
            """,
        version: "0.1.0",
        subcommands: [
            ClustersCommand.self, AbilityCommand.self, StrategyCommand.self, TenantsCommand.self, OverviewCommand.self,
            TasksCommand.self, TaskCommand.self, BackupCommand.self, ScheduleCommand.self, RecoverableCommand.self, RestoreCommand.self,
            HealthCommand.self, AuditCommand.self, ConfigCommand.self, ProfileCommand.self, DoctorCommand.self, SimCommand.self,
            ConsoleCommand.self, DemoCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Runs the command line with OCP-specific exit codes (usage errors exit 2, not 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CommandFailure {
            if !error.message.isEmpty { FileHandle.standardError.write(Data((error.message + "\n").utf8)) }
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .failure || code == .validationFailure ? CommandFailure.usageExitCode : code.rawValue)
        }
    }
}
