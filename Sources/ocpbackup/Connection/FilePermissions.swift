import Foundation

/// The rule for files that hold secrets or say where secrets come from: only the owner may
/// read them, as OpenSSH requires of private keys.
enum FilePermissions {
    /// - Throws: a usage failure when the file is missing, or when group or others have any
    ///   access to it; the message gives the `chmod` that fixes it.
    static func requireOwnerOnly(_ path: String, what: String) throws(CommandFailure) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .usage("Cannot read the \(what) file \(path): it does not exist or is not accessible.")
        }
        if info.st_mode & 0o077 != 0 {
            throw .usage(
                "The \(what) file \(path) can be read by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
    }
}
