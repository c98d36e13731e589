import Foundation
import OCPAPI
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
        /// Environment variable holding the Basic password.
        var passwordEnv: String?
        /// Command whose first output line is the Basic password (like a git credential helper).
        var passwordCommand: String?
        /// AccessKey id.
        var accessKeyId: String?
        /// File holding the AccessKey secret.
        var accessKeySecretFile: String?
        /// Environment variable holding the AccessKey secret.
        var accessKeySecretEnv: String?
        /// Command whose first output line is the AccessKey secret.
        var accessKeySecretCommand: String?
        /// How long a secret command may run, seconds (default `InputBounds.secretCommandTimeout`).
        var secretCommandTimeout: Double?
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

    /// Reads the file (at most `InputLimit.configFile`), or `nil` when it does not exist. YAML
    /// aliases may add at most `InputBounds.configAliasNodes` nodes.
    /// - Throws: a usage failure when it cannot be parsed (naming the line and column), when it
    ///   is past its limits, or when group or others can read it (it names where secrets come
    ///   from), with the `chmod` that fixes it.
    static func load(path: String) throws(CommandFailure) -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        try FilePermissions.requireOwnerOnly(path, what: "config")
        let bytes: [UInt8]
        do {
            bytes = try BoundedInput.read(file: path, limit: .configFile)
        } catch {
            throw .usage(error.sentence)
        }
        let name = "The config file \(path)"
        do {
            try YAMLEventScan.check(bytes, policy: .config)
        } catch {
            throw InputDocument.failure(name, error.problem, error.line, error.column, advice: error.advice, in: bytes)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return ConfigFile(currentProfile: nil, profiles: [:]) }
        do {
            return try YAMLDecoder().decode(ConfigFile.self, from: text)
        } catch let error as DecodingError {
            throw .usage("\(name) cannot be used: \(DecodingErrorText.describe(error)).")
        } catch {
            let place = YAMLErrorText.describe(error)
            throw InputDocument.failure(name, place.problem, place.line, place.column, in: bytes)
        }
    }

    /// Writes the file atomically (temporary file, then rename), mode 0600.
    func save(path: String) throws(CommandFailure) {
        do {
            try StatePaths.prepareParent(of: path)
            let text = try YAMLEncoder().encode(self)
            let temporary = path + ".tmp-\(getpid())"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            handle.write(Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .usage("Cannot write the config file \(path): \(error).")
        }
    }
}
