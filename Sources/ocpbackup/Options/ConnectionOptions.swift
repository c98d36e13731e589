import ArgumentParser

/// Where OCP is and how to authenticate; secrets only from the environment or files.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("OCP address, e.g. http://ocp.example.com:8080 (env OCP_URL).", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("User for HTTP Basic authentication (env OCP_USER).", valueName: "user"))
    var user: String?

    @Option(help: ArgumentHelp("File holding the Basic password (or env OCP_PASSWORD); must be mode 0600.", valueName: "file"))
    var passwordFile: String?

    @Option(help: ArgumentHelp("AccessKey id for AK/SK signing (env OCP_ACCESS_KEY_ID).", valueName: "id"))
    var accessKeyId: String?

    @Option(
        help: ArgumentHelp("File holding the AccessKey secret (or env OCP_ACCESS_KEY_SECRET); must be mode 0600.", valueName: "file"))
    var accessKeySecretFile: String?

    @Option(help: ArgumentHelp("Profile from the config file (env OCP_PROFILE).", valueName: "name"))
    var profile: String?

    @Option(help: ArgumentHelp("PEM file of CA certificates to trust for HTTPS.", valueName: "file"))
    var cacert: String?

    @Flag(help: "Do not verify the server's TLS certificate (dangerous).")
    var insecure = false

    @Option(help: ArgumentHelp("Seconds to wait for each answer.", valueName: "seconds"))
    var timeout: Double?

    @Option(
        help: ArgumentHelp(
            "Language of the output and of OCP's messages: en-US or zh-CN (default: the profile's, else LC_ALL, LC_MESSAGES or LANG).",
            valueName: "lang"))
    var lang: String?

    @Flag(help: "Refuse every change; only read.")
    var readonly = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if let lang, !["en-US", "zh-CN"].contains(lang) {
            throw ValidationError("--lang must be en-US or zh-CN, not '\(lang)'.")
        }
        if let timeout, !(timeout > 0 && timeout <= 3600) {
            throw ValidationError("--timeout must be between 0 and 3600 seconds.")
        }
    }
}
