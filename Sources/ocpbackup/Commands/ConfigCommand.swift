import ArgumentParser
import Foundation
import Yams

/// `ocpbackup config view|use|path`.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show the config file, or choose the current profile.",
        subcommands: [ConfigViewCommand.self, ConfigUseCommand.self, ConfigPathCommand.self])

    static var path: String { ConfigFile.defaultPath(environment: ProcessInfo.processInfo.environment) }
}
