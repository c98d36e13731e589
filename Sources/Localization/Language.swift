import Foundation

/// The language a person reads: every message of the console and the command line exists in
/// both. OCP's own messages are shown as OCP sent them (its `Accept-Language` follows this).
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
    /// English, the default.
    case english = "en-US"
    /// Simplified Chinese, with the terms of OCP's own Chinese console.
    case simplifiedChinese = "zh-CN"

    /// The language a tag names: `en-US`, `zh-CN` (also `en`, `zh`, `zh_CN`, `zh-Hans`, any case);
    /// `nil` for any other.
    public init?(tag: String) {
        let lowered = tag.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered == "en" || lowered.hasPrefix("en-") {
            self = .english
        } else if lowered == "zh" || lowered.hasPrefix("zh-") {
            self = .simplifiedChinese
        } else {
            return nil
        }
    }

    /// The `Accept-Language` value that asks OCP for its messages in this language.
    public var acceptLanguage: String { rawValue }

    /// `english` or `chinese`, whichever is this language's.
    public func pick<Value>(_ english: Value, _ chinese: Value) -> Value {
        self == .english ? english : chinese
    }
}
