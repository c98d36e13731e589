import Foundation
import OCPAPI

/// Reads a secret from a file that only its owner can read.
enum SecretFile {
    /// The file's content without a trailing newline.
    /// - Throws: a usage failure when the file is missing, empty, or readable by group or others
    ///   (the message gives the `chmod` that fixes it).
    static func read(_ path: String, what: String) throws(CommandFailure) -> Secret {
        let expanded = (path as NSString).expandingTildeInPath
        try FilePermissions.requireOwnerOnly(expanded, what: what)
        guard let data = FileManager.default.contents(atPath: expanded), let text = String(data: data, encoding: .utf8) else {
            throw .usage("Cannot read the \(what) file \(path).")
        }
        var value = text
        while value.hasSuffix("\n") || value.hasSuffix("\r") { value.removeLast() }
        guard !value.isEmpty else { throw .usage("The \(what) file \(path) is empty.") }
        return Secret(value)
    }
}
