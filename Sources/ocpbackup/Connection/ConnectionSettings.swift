import Foundation
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
        let credentials = try credentials(options, env: env, profile: profile)
        let timeoutSeconds = options.timeout ?? 30
        return ConnectionSettings(
            baseURL: baseURL, credentials: credentials,
            tls: TLSOptions(caCertificatePath: options.cacert ?? profile.cacert, insecure: options.insecure || profile.insecure == true),
            timeout: .milliseconds(Int64(timeoutSeconds * 1000)),
            language: options.lang ?? profile.language,
            readonly: options.readonly || profile.readonly == true,
            profileName: name
        )
    }

    private static func credentials(
        _ options: ConnectionOptions, env: (String) -> String?, profile: ConfigFile.Profile
    ) throws(CommandFailure) -> OCPCredentials {
        if let id = options.accessKeyId ?? env("OCP_ACCESS_KEY_ID") ?? (options.user == nil ? profile.accessKeyId : nil) {
            if let file = options.accessKeySecretFile {
                return .accessKey(id: id, secret: try SecretFile.read(file, what: "AccessKey secret"))
            }
            if let secret = env("OCP_ACCESS_KEY_SECRET") { return .accessKey(id: id, secret: Secret(secret)) }
            if let file = profile.accessKeySecretFile {
                return .accessKey(id: id, secret: try SecretFile.read(file, what: "AccessKey secret"))
            }
            throw .usage("AccessKey id \(id) has no secret: set OCP_ACCESS_KEY_SECRET or give --access-key-secret-file.")
        }
        if let user = options.user ?? env("OCP_USER") ?? profile.user {
            if let file = options.passwordFile { return .basic(user: user, password: try SecretFile.read(file, what: "password")) }
            if let password = env("OCP_PASSWORD") { return .basic(user: user, password: Secret(password)) }
            if let file = profile.passwordFile { return .basic(user: user, password: try SecretFile.read(file, what: "password")) }
            throw .usage("User \(user) has no password: set OCP_PASSWORD or give --password-file.")
        }
        throw .usage(
            "No credentials: give --user (with OCP_PASSWORD or --password-file) or --access-key-id (with OCP_ACCESS_KEY_SECRET or --access-key-secret-file)."
        )
    }
}
