import ArgumentParser
import Foundation

/// `ocpbackup profile list`: name, address, authentication, read-only; `*` marks the current one.
struct ProfileListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles.")

    func run() async throws {
        let config = try ConfigFile.load(path: ConfigCommand.path) ?? ConfigFile(currentProfile: nil, profiles: [:])
        var table = TextTable(headings: ["CURRENT", "NAME", "URL", "AUTH", "PRINCIPAL", "READONLY"])
        for name in config.profiles.keys.sorted() {
            guard let profile = config.profiles[name] else { continue }
            let auth = profile.accessKeyId != nil ? "access-key" : profile.user != nil ? "basic" : "-"
            table.append([
                name == config.currentProfile ? "*" : "", name, profile.url ?? "-", auth, profile.accessKeyId ?? profile.user ?? "-",
                profile.readonly == true ? "yes" : "no",
            ])
        }
        print(table.render())
    }
}
