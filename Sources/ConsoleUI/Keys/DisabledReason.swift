import Localization

/// Why a key binding is disabled now; the help shows it before the binding's sentence.
enum DisabledReason: Equatable, Sendable {
    /// A change to OCP while the console is read-only.
    case readOnly
    /// A strategy command the shown cluster does not allow now (the detail pane says why), or
    /// no cluster is shown.
    case unavailable
    /// An operation (back up now, pause or resume, retry) not possible now, for this reason.
    case notNow(Bilingual)

    /// The help's prefix for the binding's sentence, in `language`.
    func helpPrefix(in language: Language) -> String {
        switch (self, language) {
        case (.readOnly, .english): "(read-only) "
        case (.readOnly, .simplifiedChinese): "（只读）"
        case (.unavailable, .english): "(unavailable) "
        case (.unavailable, .simplifiedChinese): "（不可用）"
        case (.notNow(let reason), .english): "(not now: \(reason.english)) "
        case (.notNow(let reason), .simplifiedChinese): "（现在不可：\(reason.chinese)）"
        }
    }
}
