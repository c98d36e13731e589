import ArgumentParser
import Foundation
import Yams

/// `ocpbackup config use NAME`.
struct ConfigUseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "use", abstract: "Make a profile the current one.")

    @Argument(help: "The profile's name.")
    var name: String

    func run() async throws {
        let path = ConfigCommand.path
        guard var config = try ConfigFile.load(path: path) else {
            throw CommandFailure.usage("There is no config file at \(path).")
        }
        guard config.profiles[name] != nil else {
            let known = config.profiles.keys.sorted().joined(separator: ", ")
            throw CommandFailure.usage("No profile named '\(name)'; the profiles are: \(known.isEmpty ? "none" : known).")
        }
        config.currentProfile = name
        try config.save(path: path)
        print("Current profile: \(name)")
    }
}
