import ArgumentParser
import Foundation
import Yams

/// `ocpbackup config view`.
struct ConfigViewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "Print the config file (it names where secrets come from, never a secret).")

    func run() async throws {
        guard let config = try ConfigFile.load(path: ConfigCommand.path) else {
            throw CommandFailure.usage("There is no config file at \(ConfigCommand.path).")
        }
        print(try YAMLEncoder().encode(config), terminator: "")
    }
}
