import Foundation

/// The one reader of files and streams given as input (request bodies, standard input, the
/// config file, secret files, CA files, drafts, the simulator's state): never more than the
/// input's `InputLimit`. A regular file whose size is past the limit is refused before a byte is
/// read; anything else is read a chunk at a time and refused at the first byte past the limit,
/// so a 100 MB file or an endless pipe costs at most the limit and one chunk.
package enum BoundedInput {
    /// How much is read at a time.
    static let chunkBytes = 64 << 10

    /// The bytes of the file at `path` (`~` expanded).
    /// - Throws: `InputReadError` when the file is missing, a directory, unreadable, or larger
    ///   than `limit`.
    package static func read(file path: String, limit: InputLimit) throws(InputReadError) -> [UInt8] {
        let source = "the file \(path)"
        let descriptor = open((path as NSString).expandingTildeInPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw InputReadError(source: source, problem: code == ENOENT ? .missing : .unreadable(String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            let type = info.st_mode & 0o170_000
            if type == 0o040_000 { throw InputReadError(source: source, problem: .directory) }
            if type == 0o100_000, Int(info.st_size) > limit.bytes { throw InputReadError(source: source, problem: .tooLarge(limit)) }
        }
        return try read(descriptor: descriptor, source: source, limit: limit)
    }

    /// Standard input to its end, or to the first byte past `limit`.
    package static func readStandardInput(limit: InputLimit) throws(InputReadError) -> [UInt8] {
        try read(descriptor: STDIN_FILENO, source: "standard input", limit: limit)
    }

    /// `descriptor` to its end, or to the first byte past `limit`; `source` names it in errors.
    package static func read(descriptor: Int32, source: String, limit: InputLimit) throws(InputReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        while true {
            let wanted = min(chunkBytes, limit.bytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw InputReadError(source: source, problem: .unreadable(String(cString: strerror(code))))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit.bytes { throw InputReadError(source: source, problem: .tooLarge(limit)) }
        }
    }
}
