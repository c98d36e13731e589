import Foundation

/// Writing a file so a reader never sees half of it: the bytes go to a temporary file in the
/// same directory, which is then renamed over the target (one `rename(2)`, atomic on one file
/// system). node_exporter's textfile collector may read at any moment.
enum AtomicFile {
    /// Writes `text` to `path` with mode `mode`.
    /// - Throws: a failure naming the file; the target is left as it was and the temporary file removed.
    static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws(CommandFailure) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent().path
        let temporary = directory + "/." + target.lastPathComponent + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("could not create \(temporary)", errno, target: path) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw failure("could not write \(temporary)", code, target: path)
            }
            written += count
        }
        fchmod(descriptor, mode)
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure("could not write \(temporary)", code, target: path)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure("could not rename \(temporary) to \(path)", code, target: path)
        }
    }

    private static func failure(_ what: String, _ code: Int32, target: String) -> CommandFailure {
        CommandFailure(message: "error: \(what): \(String(cString: strerror(code))); \(target) was left as it was.", exitCode: 1)
    }
}
