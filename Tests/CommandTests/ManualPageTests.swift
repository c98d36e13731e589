import Foundation
import OCPAPI
import Testing

/// The committed man page documents every command and option the binary has
/// (regenerate it with `scripts/generate-manual`).
struct ManualPageTests {
    static var manualPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/man/ocpbackup.1").path
    }

    /// `(command path, option names)` for every command in the tool's own description of itself.
    static func commands(in value: JSONValue, path: [String] = []) -> [(String, [String])] {
        guard case .string(let name)? = value["commandName"] else { return [] }
        let here = path + [name]
        var options: [String] = []
        if case .array(let arguments)? = value["arguments"] {
            for argument in arguments where argument["shouldDisplay"] != .bool(false) {
                guard case .array(let names)? = argument["names"] else { continue }
                for entry in names where entry["kind"]?.stringValue == "long" {
                    if let option = entry["name"]?.stringValue, !["help", "version"].contains(option) { options.append(option) }
                }
            }
        }
        var result = [(here.joined(separator: " "), options)]
        if case .array(let subcommands)? = value["subcommands"] {
            for subcommand in subcommands where subcommand["commandName"]?.stringValue != "help" && subcommand["shouldDisplay"] != .bool(false) {
                result += commands(in: subcommand, path: here)
            }
        }
        return result
    }

    @Test func everyCommandAndOptionIsInTheManualPage() async throws {
        let dump = try await CommandRunner().run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONValue.parse(Array(dump.stdout.utf8))
        let manual = try String(contentsOfFile: Self.manualPath, encoding: .utf8)
        let found = Self.commands(in: tool["command"] ?? .null)
        #expect(found.count > 10)
        for (command, options) in found {
            let name = command.split(separator: " ").last.map(String.init) ?? command
            #expect(manual.contains(name), "the manual lacks the command '\(command)'; run scripts/generate-manual")
            for option in options {
                let pattern = #"\.It Fl (\w , )?-"# + option + #"( |\n)"#
                #expect(
                    manual.range(of: pattern, options: .regularExpression) != nil,
                    "the manual lacks --\(option) of '\(command)'; run scripts/generate-manual")
            }
        }
    }
}
