import Foundation
import OCPAPI

/// Runs a profile's secret command (`passwordCommand`, `accessKeySecretCommand`) and takes the
/// first line it prints, like a git credential helper. The secret never appears in an argument
/// list, and the child's environment carries no OCP secret: neither the standard variables nor
/// those the profile names (`hiding`).
enum SecretCommand {
    static func run(_ command: String, what: String, environment: [String: String], hiding: [String] = []) throws(CommandFailure) -> Secret {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let hidden = Set(["OCP_PASSWORD", "OCP_ACCESS_KEY_SECRET"] + hiding)
        process.environment = environment.filter { !hidden.contains($0.key) }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .usage("The \(what) command could not be started: \(error).")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .usage("The \(what) command failed with exit status \(process.terminationStatus).")
        }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard !line.isEmpty else { throw .usage("The \(what) command printed nothing.") }
        return Secret(line)
    }
}
