import Foundation

/// What a task status means, whatever OCP version or page spelled it: every status of the
/// operations endpoints is read as a string (its raw value kept) and classified into one of
/// these (see `docs/operations.md`).
public enum StatusClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// Queued, not started yet (a subtask PENDING or READY).
    case pending
    /// Under way.
    case running
    /// Finished well.
    case succeeded
    /// Finished badly (failed, cancelled, interrupted, expired).
    case failed
    /// Stopped or suspended on purpose; for a log backup this takes the place of succeeded
    /// (an archive never finishes), and its recoverable window no longer grows.
    case paused
    /// A value no table knows: show it as it came.
    case unknown

    /// Whether the status will not change any more on its own.
    public var isFinal: Bool { self == .succeeded || self == .failed }
}

/// A status enumeration of the operations endpoints: an open enum whose every value, known or
/// not, has a `StatusClass`.
public protocol OCPStatus: OpenEnum {
    /// The class of this value.
    var statusClass: StatusClass { get }
}

extension OCPStatus {
    /// Decodes a string as is, and a number as its decimal text (some tables type a status as
    /// Integer), so no status ever fails a response.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self.init(rawValue: String(number))
        } else {
            self.init(rawValue: try container.decode(String.self))
        }
    }

    /// The raw value upper-cased and trimmed, the form the classification tables use.
    public var normalized: String { StatusSpelling.normalize(rawValue) }
}

/// The spelling rules the status classifications share.
enum StatusSpelling {
    /// Upper-cased, surrounding whitespace removed.
    static func normalize(_ raw: String) -> String { raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() }

    /// The class whose table holds `raw`, else `.unknown`.
    static func classify(_ raw: String, _ tables: [(StatusClass, Set<String>)]) -> StatusClass {
        let key = normalize(raw)
        return tables.first { $0.1.contains(key) }?.0 ?? .unknown
    }
}
