import Foundation
import OCPAPI

/// Reads a secret from a file that only its owner can read.
enum SecretFile {
    /// The file's content without a trailing newline.
    /// - Throws: a usage failure when the file is missing, empty, or readable by group or others
    ///   (the message gives the `chmod` that fixes it).
    static func read(_ path: String, what: String) throws(CommandFailure) -> Secret {
        let expanded = (path as NSString).expandingTildeInPath
        var info = stat()
        guard stat(expanded, &info) == 0 else {
            throw .usage("Cannot read the \(what) file \(path): it does not exist or is not accessible.")
        }
        if info.st_mode & 0o077 != 0 {
            throw .usage(
                "The \(what) file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); "
                    + "run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: expanded), let text = String(data: data, encoding: .utf8) else {
            throw .usage("Cannot read the \(what) file \(path).")
        }
        var value = text
        while value.hasSuffix("\n") || value.hasSuffix("\r") { value.removeLast() }
        guard !value.isEmpty else { throw .usage("The \(what) file \(path) is empty.") }
        return Secret(value)
    }
}
