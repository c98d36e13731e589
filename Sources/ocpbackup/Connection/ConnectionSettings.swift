import Foundation
import Localization
import OCPAPI

/// The connection after flags, environment and profile are combined (flags win, then the
/// environment, then the profile).
struct ConnectionSettings {
    /// Where OCP is.
    var baseURL: OCPBaseURL
    /// How to authenticate.
    var credentials: OCPCredentials
    /// TLS verification.
    var tls: TLSOptions
    /// Per-answer timeout.
    var timeout: Duration
    /// `Accept-Language`.
    var language: String?
    /// Changes refused.
    var readonly: Bool
    /// The profile used, if any.
    var profileName: String?
    /// The language of what this program prints and draws (`--lang`, the profile's `language`,
    /// then the locale); OCP's own messages follow `language`.
    var displayLanguage: Language = .english

    /// Resolves the settings.
    /// - Throws: a usage failure that says which setting is missing or wrong.
    static func resolve(_ options: ConnectionOptions, environment: [String: String]) throws(CommandFailure) -> ConnectionSettings {
        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let profileName = options.profile ?? env("OCP_PROFILE")
        let config = try ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        var profile = ConfigFile.Profile()
        if let name = profileName ?? config?.currentProfile {
            guard let found = config?.profiles[name] else {
                if profileName == nil { return try resolve(options, environment: environment, profile: profile, name: nil) }
                throw .usage("No profile named '\(name)' in \(ConfigFile.defaultPath(environment: environment)).")
            }
            profile = found
            return try resolve(options, environment: environment, profile: profile, name: name)
        }
        return try resolve(options, environment: environment, profile: profile, name: nil)
    }

    private static func resolve(
        _ options: ConnectionOptions, environment: [String: String], profile: ConfigFile.Profile, name: String?
    ) throws(CommandFailure) -> ConnectionSettings {
        func env(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        guard let urlText = options.url ?? env("OCP_URL") ?? profile.url else {
            throw .usage("No OCP address: give --url, set OCP_URL, or choose a profile with --profile.")
        }
        let baseURL: OCPBaseURL
        do {
            baseURL = try OCPBaseURL(parsing: urlText)
        } catch {
            throw .usage(error.message)
        }
        if let language = profile.language, !["en-US", "zh-CN"].contains(language) {
            throw .usage("The language of profile '\(name ?? "")' must be en-US or zh-CN, not '\(InputExcerpt.clipped(language))'.")
        }
        let credentials = try credentials(options, env: env, profile: profile, name: name)
        let timeoutSeconds = options.timeout ?? 30
        let display = Language.resolve(flag: options.lang, profile: profile.language, environment: environment)
        let localeAsks = options.lang == nil && profile.language == nil && display == .simplifiedChinese
        return ConnectionSettings(
            baseURL: baseURL, credentials: credentials,
            tls: TLSOptions(caCertificatePath: options.cacert ?? profile.cacert, insecure: options.insecure || profile.insecure == true),
            timeout: .milliseconds(Int64(timeoutSeconds * 1000)),
            language: options.lang ?? profile.language ?? (localeAsks ? display.acceptLanguage : nil),
            readonly: options.readonly || profile.readonly == true,
            profileName: name,
            displayLanguage: display
        )
    }

    private static func credentials(
        _ options: ConnectionOptions, env: (String) -> String?, profile: ConfigFile.Profile, name: String?
    ) throws(CommandFailure) -> OCPCredentials {
        if let id = options.accessKeyId ?? env("OCP_ACCESS_KEY_ID") ?? (options.user == nil ? profile.accessKeyId : nil) {
            let secret = try secret(
                file: options.accessKeySecretFile, variable: "OCP_ACCESS_KEY_SECRET", profileFile: profile.accessKeySecretFile,
                profileVariable: profile.accessKeySecretEnv,
                profileCommand: profile.accessKeySecretCommand.map { (key: "accessKeySecretCommand", command: $0) },
                what: "AccessKey secret", profile: (profile, name), env: env)
            guard let secret else {
                throw .usage("AccessKey id \(id) has no secret: set OCP_ACCESS_KEY_SECRET or give --access-key-secret-file.")
            }
            return .accessKey(id: id, secret: secret)
        }
        if let user = options.user ?? env("OCP_USER") ?? profile.user {
            let password = try secret(
                file: options.passwordFile, variable: "OCP_PASSWORD", profileFile: profile.passwordFile,
                profileVariable: profile.passwordEnv, profileCommand: profile.passwordCommand.map { (key: "passwordCommand", command: $0) },
                what: "password", profile: (profile, name), env: env)
            guard let password else { throw .usage("User \(user) has no password: set OCP_PASSWORD or give --password-file.") }
            return .basic(user: user, password: password)
        }
        throw .usage(
            "No credentials: give --user (with OCP_PASSWORD or --password-file) or --access-key-id (with OCP_ACCESS_KEY_SECRET or --access-key-secret-file)."
        )
    }

    /// A secret from, in order: the flag's file, the standard variable, then the profile's
    /// file, variable or command (`key` names the command in errors).
    private static func secret(
        file: String?, variable: String, profileFile: String?, profileVariable: String?, profileCommand: (key: String, command: String)?,
        what: String, profile: (settings: ConfigFile.Profile, name: String?), env: (String) -> String?
    ) throws(CommandFailure) -> Secret? {
        if let file { return try SecretFile.read(file, what: what) }
        if let value = env(variable) { return Secret(value) }
        if let profileFile { return try SecretFile.read(profileFile, what: what) }
        if let profileVariable {
            guard let value = env(profileVariable) else { throw .usage("The profile takes the \(what) from $\(profileVariable), which is not set.") }
            return Secret(value)
        }
        if let profileCommand {
            let seconds = profile.settings.secretCommandTimeout
            if let seconds, !(seconds > 0 && seconds <= 3600) {
                throw .usage("The secretCommandTimeout of profile '\(profile.name ?? "")' must be more than 0 and at most 3600 seconds.")
            }
            let command = SecretCommand(
                command: profileCommand.command, key: profileCommand.key, profile: profile.name ?? "",
                timeout: seconds.map { .milliseconds(Int64($0 * 1000)) } ?? InputBounds.secretCommandTimeout)
            return try command.run(
                environment: ProcessInfo.processInfo.environment,
                hiding: [profile.settings.passwordEnv, profile.settings.accessKeySecretEnv].compactMap { $0 })
        }
        return nil
    }
}
