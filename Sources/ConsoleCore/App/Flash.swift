import Foundation

/// A short message on the flash line that goes away by itself.
public struct Flash: Equatable, Sendable {
    /// How it is shown.
    public enum Tone: String, Equatable, Sendable {
        /// Something happened as asked.
        case info
        /// Something was refused or failed.
        case error
    }

    /// Distinguishes flashes, so an old expiry does not clear a newer message.
    public var id: Int
    /// The text, safe to draw.
    public var text: String
    /// Info or error.
    public var tone: Tone
    /// When it goes away (injected clock).
    public var expiresAt: Date

    /// Makes a flash.
    public init(id: Int, text: String, tone: Tone, expiresAt: Date) {
        self.id = id
        self.text = text
        self.tone = tone
        self.expiresAt = expiresAt
    }

    /// How long a flash stays.
    public static let lifetime: Duration = .seconds(4)
}
