import ArgumentParser
import Foundation
import OCPAPI
import OCPSimulator

/// `ocpbackup sim`: serves the OCP API of docs/ocp-api.md on loopback until SIGINT or SIGTERM.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run a local OCP API simulator: clusters, strategies, and a living fleet of backups, restores and alerts.",
        discussion: """
            Without credentials it accepts the demo ones and prints them: user \(DemoCredentials.user), password \
            \(DemoCredentials.password), AccessKey \(DemoCredentials.accessKeyId). Secrets are read only from files that \
            only their owner can read (chmod 600).
            """)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(
        help: ArgumentHelp(
            "Keep strategies, tasks, tenants and the clock's position in this JSON file across restarts (written atomically).", valueName: "FILE"))
    var state: String?
    @Option(help: ArgumentHelp("Add N generated clusters after the dozen demo clusters.", valueName: "N")) var clusters = 0
    @Option(
        help: ArgumentHelp(
            "The fleet: demo, or hostile (names, texts, errors and strategies full of terminal escapes and odd Unicode).",
            valueName: "SET"))
    var fixtures = FixtureSet.demo
    @Option(
        help: ArgumentHelp(
            "Simulated seconds per second of the simulated clock that runs backups, restores and alerts (60: a full backup takes seconds).",
            valueName: "N"))
    var speed = 1.0
    @Option(
        help: ArgumentHelp(
            "Start the simulated clock at this time (ISO 8601 with an offset, such as 2024-06-01T12:00:00+08:00) instead of now; a --state file's position wins.",
            valueName: "TIME"))
    var start: String?
    @Option(help: "Basic user name (needs --password-file).") var user: String?
    @Option(help: ArgumentHelp("File holding the Basic password.", valueName: "FILE")) var passwordFile: String?
    @Option(help: "AccessKey id (needs --access-key-secret-file).") var accessKeyId: String?
    @Option(help: ArgumentHelp("File holding the AccessKey secret.", valueName: "FILE")) var accessKeySecretFile: String?
    @Option(help: "Latency added to every request, milliseconds.") var latencyMs = 0
    @Option(help: "Up to this many more milliseconds of random latency.") var jitterMs = 0
    @Option(help: "Share of requests (0-1) answered with --error-status.") var errorRate = 0.0
    @Option(help: "HTTP status of injected errors.") var errorStatus = 500
    @Option(help: "Share of answers (0-1) whose JSON is cut short.") var garbleRate = 0.0
    @Option(help: "Share of requests (0-1) whose connection is closed without an answer.") var dropRate = 0.0
    @Option(help: "Share of requests (0-1) answered 429 with RateLimit-* headers.") var throttleRate = 0.0
    @Option(help: "Share of requests (0-1) handled (a change applied), then closed without an answer.") var lostAnswerRate = 0.0
    @Option(help: "Hold back every handled answer this many milliseconds (a client timing out misses an applied change).")
    var lateAnswerMs = 0
    @Option(help: ArgumentHelp("Inject faults only into these methods, comma-separated (such as POST,PATCH).", valueName: "METHODS"))
    var faultMethods: String?
    @Option(
        help: ArgumentHelp(
            "Inject faults only into paths starting with this (such as /api/v2/ob/clusters/1000003/ for one cluster).", valueName: "PREFIX"))
    var faultPathPrefix: String?
    @Option(help: "Seed of the fault draws and trace ids, for repeatable runs.") var seed: UInt64?
    @Flag(help: "Require authentication on /api/v2/time too, as a server that protects every path does.")
    var authenticateTime = false

    /// The fault options given.
    private var faults: FaultOptions {
        FaultOptions(
            latencyMs: latencyMs, jitterMs: jitterMs, errorRate: errorRate, errorStatus: errorStatus, garbleRate: garbleRate,
            dropRate: dropRate, throttleRate: throttleRate, lostAnswerRate: lostAnswerRate, lateAnswerMs: lateAnswerMs,
            pathPrefix: faultPathPrefix,
            methods: faultMethods.map { Set($0.uppercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) })
    }

    func validate() throws {
        if (user == nil) != (passwordFile == nil) {
            throw ValidationError("Give --user and --password-file together, or neither for the demo credentials.")
        }
        if (accessKeyId == nil) != (accessKeySecretFile == nil) {
            throw ValidationError("Give --access-key-id and --access-key-secret-file together, or neither for the demo credentials.")
        }
        if let problem = faults.problems.first { throw ValidationError(problem) }
        if let unknown = faults.methods?.subtracting(["GET", "POST", "PUT", "PATCH", "DELETE"]).sorted().first {
            throw ValidationError("Unknown method '\(unknown)' in --fault-methods; use GET, POST, PUT, PATCH or DELETE.")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("The port must be 0–65535.") }
        guard clusters >= 0 else { throw ValidationError("--clusters must not be negative.") }
        guard speed.isFinite, speed > 0, speed <= 1_000_000 else { throw ValidationError("--speed must be above 0 and at most 1000000.") }
        if let start, OCPTimestamp(raw: start).date == nil {
            throw ValidationError("--start '\(TextSanitizer.singleLine(String(start.prefix(40))))' is not a time such as 2024-06-01T12:00:00+08:00.")
        }
    }

    func run() async throws {
        let credentials: AuthCredentials
        let notes: (password: String, secret: String)
        do {
            (credentials, notes) = try resolveCredentials()
        } catch {
            FileHandle.standardError.write(Data("ocpbackup sim: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
        let faults = self.faults
        let configuration = SimulatorConfiguration(
            host: host, port: port, credentials: credentials, stateFile: state, generatedClusters: clusters, fixtures: fixtures,
            faults: faults, speed: speed, start: start.flatMap { OCPTimestamp(raw: $0).date }, seed: seed,
            authenticatesTime: authenticateTime)
        let environment: SimulatorEnvironment
        do {
            environment = try SimulatorEnvironment(configuration)
        } catch {
            FileHandle.standardError.write(Data("ocpbackup sim: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let banner = self.banner(credentials: credentials, notes: notes, faults: faults)
        do {
            try await SimulatorServer.runUntilSignalled(environment) { url in
                FileHandle.standardOutput.write(Data("OCP simulator listening on \(url)  (Ctrl-C to stop)\n\(banner)\n".utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("ocpbackup sim: \(SimulatorStartError.listening(error, host: host, port: port))\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data("OCP simulator stopped: \(environment.counters.summary).\n".utf8))
    }

    private func banner(credentials: AuthCredentials, notes: (password: String, secret: String), faults: FaultOptions) -> String {
        var lines = [
            "  clusters:   \(fixtures.seeds.count) \(fixtures.rawValue) + \(clusters) generated",
            "  state:      " + (state.map { "kept in \($0)" } ?? "in memory only"),
            "  clock:      \(Self.speedText(speed)) simulated seconds per second",
            "  Basic:      user \(credentials.user), password \(notes.password)",
            "  AK/SK:      AccessKey \(credentials.accessKeyId), secret \(notes.secret)",
        ]
        if authenticateTime { lines.append("  time:       /api/v2/time needs authentication") }
        if faults.isActive {
            lines.append(
                "  faults:     latency \(faults.latencyMs)+\(faults.jitterMs) ms, errors \(faults.errorRate) (HTTP \(faults.errorStatus)), "
                    + "garbled \(faults.garbleRate), dropped \(faults.dropRate), throttled \(faults.throttleRate), "
                    + "answers lost \(faults.lostAnswerRate), answers late \(faults.lateAnswerMs) ms"
                    + (faults.methods.map { ", only \($0.sorted().joined(separator: ","))" } ?? "")
                    + (seed.map { ", seed \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// `60`, or `0.5` (no trailing `.0`).
    static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() && speed < 1e15 ? String(Int64(speed)) : String(speed)
    }

    /// The credentials to accept, and how to describe each secret (the demo ones are shown).
    private func resolveCredentials() throws(ValidationError) -> (AuthCredentials, (password: String, secret: String)) {
        var credentials = AuthCredentials.demo
        var notes = (password: "\(DemoCredentials.password) (demo)", secret: "\(DemoCredentials.accessKeySecret) (demo)")
        if let user, let file = passwordFile {
            credentials.user = user
            credentials.password = try Self.readSecret(file, what: "password")
            notes.password = "read from \(file)"
        }
        if let id = accessKeyId, let file = accessKeySecretFile {
            credentials.accessKeyId = id
            credentials.accessKeySecret = try Self.readSecret(file, what: "AccessKey secret")
            notes.secret = "read from \(file)"
        }
        return (credentials, notes)
    }

    /// The first line of a secret file that only its owner can read.
    static func readSecret(_ path: String, what: String) throws(ValidationError) -> Secret {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ValidationError("Cannot read the \(what) file \(path): \(String(cString: strerror(errno))).")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw ValidationError("The \(what) file \(path) can be read by group or others; fix it with: chmod 600 \(path)")
        }
        let data: [UInt8]
        do {
            data = try BoundedInput.read(file: path, limit: .secret)
        } catch {
            throw ValidationError("Cannot read the \(what) file: \(error.sentence)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ValidationError("Cannot read the \(what) file \(path) as UTF-8 text.")
        }
        let value = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !value.isEmpty else { throw ValidationError("The \(what) file \(path) is empty.") }
        return Secret(value)
    }
}
