/// A documented ceiling on one kind of local input (a file or stream the tool reads): the most
/// bytes accepted, and the words that name the input in messages. `SECURITY.md` lists them.
package struct InputLimit: Sendable, Hashable {
    /// What is read, as a message names it: "a request body".
    package let what: String
    /// The most bytes accepted; one more is refused.
    package let bytes: Int

    /// Makes a limit.
    package init(what: String, bytes: Int) {
        self.what = what
        self.bytes = bytes
    }

    /// A strategy or restore body (`--file`, `--file -`): far above any real OCP body (a few
    /// kilobytes) and far below memory.
    package static let requestBody = InputLimit(what: "a request body", bytes: 1 << 20)
    /// `config.yaml`: room for thousands of profiles.
    package static let configFile = InputLimit(what: "the config file", bytes: 256 << 10)
    /// One saved wizard draft (the console writes a few kilobytes).
    package static let draft = InputLimit(what: "a saved draft", bytes: 256 << 10)
    /// A secret file, or the first line of a secret command.
    package static let secret = InputLimit(what: "a secret", bytes: 4 << 10)
    /// A PEM file of CA certificates (`--cacert`); the system bundle is about 200 KiB.
    package static let caCertificates = InputLimit(what: "a CA certificate file", bytes: 4 << 20)
    /// The simulator's `--state` file: room for a strategy on every cluster of a
    /// 100,000-cluster fleet.
    package static let simulatorState = InputLimit(what: "the simulator state file", bytes: 1 << 30)

    /// The size in words: `1 MiB`, `256 KiB`, `4 KiB`, `1 GiB`.
    package var sizeText: String { Self.sizeText(bytes) }

    /// `N GiB`, `N MiB`, `N KiB` when exact, else `N bytes`.
    package static func sizeText(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return "\(bytes) bytes"
    }
}

/// The bounds on local input other than its size, each named in the messages that enforce it.
package enum InputBounds {
    /// How deeply JSON and YAML documents we read may nest arrays and objects (an OCP body
    /// nests five levels).
    package static let nestingDepth = 64
    /// How many nodes YAML aliases may add to the config file once expanded (request bodies
    /// refuse aliases altogether).
    package static let configAliasNodes = 10_000
    /// How long a secret command (`passwordCommand`, `accessKeySecretCommand`) may run unless its
    /// profile sets `secretCommandTimeout`.
    package static let secretCommandTimeout: Duration = .seconds(10)
    /// The widest excerpt of an input line an error message quotes, in characters.
    package static let excerptWidth = 60
    /// How many offending items (fields, keys) an error message lists before "and N more".
    package static let listedItems = 10
}
