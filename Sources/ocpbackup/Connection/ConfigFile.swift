import Foundation
import Yams

/// The config file `$XDG_CONFIG_HOME/ocpbackup/config.yaml`: named profiles, like kubeconfig contexts.
struct ConfigFile: Codable, Equatable {
    /// The profile used when none is named.
    var currentProfile: String?
    /// Profiles by name.
    var profiles: [String: Profile]

    /// One OCP installation.
    struct Profile: Codable, Equatable {
        /// OCP address.
        var url: String?
        /// Basic user.
        var user: String?
        /// File holding the Basic password.
        var passwordFile: String?
        /// AccessKey id.
        var accessKeyId: String?
        /// File holding the AccessKey secret.
        var accessKeySecretFile: String?
        /// PEM CA file.
        var cacert: String?
        /// Skip TLS verification.
        var insecure: Bool?
        /// `Accept-Language`.
        var language: String?
        /// Refuse changes; no flag can weaken this.
        var readonly: Bool?
    }

    /// `$XDG_CONFIG_HOME/ocpbackup/config.yaml`, or `~/.config/ocpbackup/config.yaml`.
    static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/ocpbackup/config.yaml"
    }

    /// Reads the file, or `nil` when it does not exist.
    static func load(path: String) throws(CommandFailure) -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return ConfigFile(currentProfile: nil, profiles: [:]) }
            return try YAMLDecoder().decode(ConfigFile.self, from: text)
        } catch {
            throw .usage("Cannot read the config file \(path): \(error).")
        }
    }
}
