/// One message in both languages. A catalog's case returns one; the call site picks the text
/// with ``text(in:)``, so no sentence is assembled from fragments of either language.
public struct Bilingual: Sendable, Hashable {
    /// The English text.
    public var english: String
    /// The Simplified Chinese text.
    public var chinese: String

    /// A message in English and Chinese, both required.
    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// A message with nothing to say in either language (a binding without a hint).
    public static let empty = Bilingual("", "")

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.pick(english, chinese)
    }
}
