import Foundation
import TestSupport
import Testing

/// An interactive bash (job control on, no start-up files, prompt `e2e$ `) in a tmux pane,
/// started in a fresh directory with exactly `environment`: where a person would type
/// `ocpbackup`, press Ctrl-Z, `jobs` and `fg`.
final class ShellSession {
    let tmux: TmuxServer
    let directory: URL
    static let prompt = "e2e$ "

    init(environment: [String: String], columns: Int = 100, rows: Int = 30) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let variables = (environment.merging(["PS1": Self.prompt]) { $1 }).sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
        let command = "cd \(Self.quoted(directory.path)) && exec env -i \(variables.joined(separator: " ")) /bin/bash --norc --noprofile -i"
        tmux = try TmuxServer(command: command, columns: columns, rows: rows)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Types `line` and Enter.
    func run(_ line: String) throws {
        try tmux.type(line)
        try tmux.send("Enter")
    }

    /// Runs `line` with its exit status written to a file and waits for the file; returns it.
    func runToEnd(_ line: String, limit: Duration = .seconds(30)) async throws -> Int? {
        let marker = directory.appendingPathComponent(".status-\(UUID().uuidString)").path
        try run("\(line); echo $? > \(Self.quoted(marker))")
        guard await tmux.waitUntil(limit, { FileManager.default.fileExists(atPath: marker) }) else { return nil }
        _ = await tmux.waitUntil { ((try? String(contentsOfFile: marker, encoding: .utf8)) ?? "").hasSuffix("\n") }
        return Int(((try? String(contentsOfFile: marker, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `stty -g` as the shell's commands see the terminal.
    func terminalSettings() async throws -> String? {
        let file = directory.appendingPathComponent(".stty-\(UUID().uuidString)").path
        guard try await runToEnd("stty -g > \(Self.quoted(file))") == 0 else { return nil }
        return try? String(contentsOfFile: file, encoding: .utf8)
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
