import Foundation
import OCPAPI

/// Reads a secret from a file that only its owner can read.
enum SecretFile {
    /// The file's content without a trailing newline, at most `InputLimit.secret`.
    /// - Throws: a usage failure when the file is missing, empty, past the limit, or readable by
    ///   group or others (the message gives the `chmod` that fixes it).
    static func read(_ path: String, what: String) throws(CommandFailure) -> Secret {
        let expanded = (path as NSString).expandingTildeInPath
        try FilePermissions.requireOwnerOnly(expanded, what: what)
        let data: [UInt8]
        do {
            data = try BoundedInput.read(file: path, limit: .secret)
        } catch {
            throw .usage("Cannot read the \(what) file: \(error.sentence)")
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw .usage("The \(what) file \(path) is not UTF-8 text.") }
        var value = text
        while value.hasSuffix("\n") || value.hasSuffix("\r") { value.removeLast() }
        guard !value.isEmpty else { throw .usage("The \(what) file \(path) is empty.") }
        return Secret(value)
    }
}
