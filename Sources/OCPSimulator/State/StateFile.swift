import Foundation
import OCPAPI

/// The `--state FILE` store: read at start (a corrupt file is an error, never replaced), written
/// atomically after every change (a temporary file in the same directory, mode 0600, then
/// renamed over the old one).
package struct StateFile: Sendable {
    /// The file.
    package let path: String

    /// Makes a store for `path`.
    package init(path: String) { self.path = path }

    /// The stored state, or `nil` when the file does not exist yet.
    /// - Throws: `StateFileError` naming the file and the problem.
    package func load() throws(StateFileError) -> PersistedState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try BoundedInput.read(file: path, limit: .simulatorState)
        } catch {
            throw StateFileError(path: path, problem: Self.problem(error))
        }
        let state: PersistedState
        do {
            state = try OCPJSON.decode(PersistedState.self, from: bytes)
        } catch {
            throw StateFileError(path: path, problem: "it is not a simulator state file (\(DecodingErrorText.describe(error)))")
        }
        guard PersistedState.readableVersions.contains(state.version) else {
            throw StateFileError(
                path: path,
                problem:
                    "its format version is \(state.version), this simulator reads \(PersistedState.readableVersions.map(String.init).joined(separator: " and "))"
            )
        }
        let ids = state.strategies.compactMap(\.clusterId)
        guard Set(ids).count == ids.count, ids.count == state.strategies.count else {
            throw StateFileError(path: path, problem: "a strategy has no cluster id, or a cluster has two strategies")
        }
        return state
    }

    /// Why the file could not be read, as a clause after "cannot be used:".
    static func problem(_ error: InputReadError) -> String {
        switch error.problem {
        case .tooLarge(let limit): "it is larger than \(limit.sizeText), the limit for \(limit.what)"
        case .unreadable(let reason): "it could not be read (\(reason))"
        case .directory: "it is a directory"
        case .missing: "it does not exist"
        }
    }

    /// Writes `state` atomically with mode 0600.
    /// - Throws: `StateFileError` when the file cannot be written.
    package func save(_ state: PersistedState) throws(StateFileError) {
        let bytes: [UInt8]
        do {
            bytes = Array(try OCPJSON.encoder(pretty: true).encode(state))
        } catch {
            throw StateFileError(path: path, problem: "the state could not be encoded (\(error))")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw StateFileError(path: path, problem: "the temporary file \(temporary) could not be created (\(String(cString: strerror(errno))))")
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { break }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StateFileError(path: path, problem: "it could not be written (\(reason))")
        }
    }
}
