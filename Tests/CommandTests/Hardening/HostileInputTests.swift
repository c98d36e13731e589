import Foundation
import Testing

/// The hostile or broken local inputs of issue 21, each against the built executable: it ends
/// with exit 2 and a message naming the limit, and its peak memory (the kernel's high-water
/// mark of the run's largest process) stays far below what the input would cost unbounded.
struct HostileInputTests {
    /// The most resident memory a refused input may cost: the executable alone takes about
    /// 30 MiB; unbounded, each of these inputs grew to gigabytes.
    static let peakLimitKiB = 128 * 1024

    /// A "billion laughs" of nine levels of nine aliases: about 1 KB, 387 million strings once
    /// expanded.
    static var aliasBomb: String {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aYAMLAliasBombIsRefusedBeforeAnythingExpands() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("bomb.yaml", Self.aliasBomb)
        let result = try await runner.run(["strategy", "create", "42", "--file", file, "--dry-run"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("uses the anchor &a (line 1, column 4)"), "\(result.stderr)")
        #expect(result.stderr.contains("may not use YAML anchors, aliases or merge keys"))
        Self.expectBounded(result)
    }

    @Test func endlessStandardInputIsRefusedAtTheBodyLimit() async throws {
        let runner = try CommandRunner()
        let result = try await runner.runPiped(
            #"yes '{"a":1}' | "$0" "$@""#, ["strategy", "create", "42", "--file", "-", "--dry-run"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Standard input is larger than 1 MiB, the limit for a request body."), "\(result.stderr)")
        Self.expectBounded(result)
    }

    @Test func aSecretCommandPrintingOneEndlessLineIsStopped() async throws {
        let runner = try CommandRunner()
        _ = try runner.write("config/ocpbackup/config.yaml", Self.profile(command: #"yes | tr -d '\n'"#))
        let result = try await runner.run(["clusters"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "The passwordCommand of profile 'p' printed more than 4 KiB before its first line ended (the limit for a secret)"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("yy"), "the output of the command was printed")
        Self.expectBounded(result)
    }

    @Test func aSecretCommandThatNeverEndsIsKilledWithItsProcessGroup() async throws {
        let runner = try CommandRunner()
        let pidFile = runner.home.appendingPathComponent("sleep.pid").path
        _ = try runner.write(
            "config/ocpbackup/config.yaml", Self.profile(command: "sleep 1000 & echo $! > \(pidFile); wait", extra: "secretCommandTimeout: 1"))
        let result = try await runner.run(["clusters"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("The passwordCommand of profile 'p' did not finish within 1 s and was stopped"), "\(result.stderr)")
        #expect(result.stderr.contains("secretCommandTimeout"))
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(await Self.hasEnded(pid), "the command's child \(pid) still runs")
        Self.expectBounded(result)
    }

    @Test func twoHundredThousandNestedBracketsAreRefusedInOneShortMessage() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("deep.yaml", String(repeating: "[", count: 200_000))
        let result = try await runner.run(["strategy", "create", "42", "--file", file, "--dry-run"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("nests deeper than 64 levels, the limit"), "\(result.stderr)")
        #expect(result.stderr.utf8.count < 600, "the message is \(result.stderr.utf8.count) bytes")
        Self.expectBounded(result)
    }

    @Test func aHundredMegabyteFileIsRefusedWithoutBeingRead() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("big.json", "{")
        #expect(truncate(file, 100_000_000) == 0)
        let result = try await runner.run(["strategy", "create", "42", "--file", file, "--dry-run"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("big.json is larger than 1 MiB, the limit for a request body."), "\(result.stderr)")
        Self.expectBounded(result)
    }

    /// A config whose current profile `p` takes its password from `command`.
    static func profile(command: String, extra: String? = nil) -> String {
        let quoted = "'" + command.replacingOccurrences(of: "'", with: "''") + "'"
        return """
            currentProfile: p
            profiles:
              p:
                url: http://127.0.0.1:9
                user: admin
                passwordCommand: \(quoted)
            \(extra.map { "    " + $0 } ?? "")

            """
    }

    /// Expects the run's peak resident memory to be known and below `peakLimitKiB`.
    static func expectBounded(_ result: CommandRunner.Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.peakResidentKiB > 0, "no peak memory measured", sourceLocation: sourceLocation)
        #expect(
            result.peakResidentKiB < peakLimitKiB, "peak memory \(result.peakResidentKiB) KiB, limit \(peakLimitKiB) KiB",
            sourceLocation: sourceLocation)
    }

    /// Whether `pid` is gone or a zombie (killed, waiting for a parent that may never reap it),
    /// waiting for that at most a few seconds.
    static func hasEnded(_ pid: Int32) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z") {
                return true
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
