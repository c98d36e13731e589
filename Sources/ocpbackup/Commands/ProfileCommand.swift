import ArgumentParser
import Foundation

/// `ocpbackup profile list`.
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "List the profiles of the config file.", subcommands: [ProfileListCommand.self])
}
