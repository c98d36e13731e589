/// An id OCP writes as a number in one place and as a string in another (the restore preview's
/// `backupId` and `copyId`; longs beyond 2^53 always come as strings). The text is kept.
public struct OCPIdentifier: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The id as text, exactly as received (numbers in decimal).
    public let raw: String
    /// Whether it is written as a JSON string (as it came, or as made with `init(raw:)`).
    public let isWrittenAsText: Bool

    /// Wraps text, written back as a string.
    public init(raw: String) {
        self.raw = raw
        isWrittenAsText = true
    }

    /// Wraps a number, written back as a number.
    public init(_ value: Int64) {
        raw = String(value)
        isWrittenAsText = false
    }

    /// Ids are equal when their text is, whichever way they were written.
    public static func == (lhs: OCPIdentifier, rhs: OCPIdentifier) -> Bool { lhs.raw == rhs.raw }

    /// Hashes the text.
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    /// The number, when the text is one.
    public var value: Int64? { Int64(raw) }

    /// Reads a number or a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            raw = String(number)
            isWrittenAsText = false
        } else if let number = try? container.decode(Double.self), number.isFinite {
            raw = number == number.rounded() && abs(number) < 9.0e15 ? String(Int64(number)) : String(number)
            isWrittenAsText = false
        } else {
            raw = try container.decode(String.self)
            isWrittenAsText = true
        }
    }

    /// Writes it the way it came: a string, or a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if !isWrittenAsText, let value { try container.encode(value) } else { try container.encode(raw) }
    }

    /// The text.
    public var description: String { raw }
}
