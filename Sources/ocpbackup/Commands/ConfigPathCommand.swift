import ArgumentParser
import Foundation
import Yams

/// `ocpbackup config path`.
struct ConfigPathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "Print where the config file is.")

    func run() async throws { print(ConfigCommand.path) }
}
