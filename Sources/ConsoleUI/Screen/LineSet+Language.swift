import Localization

extension LineSet {
    /// The language the console can be drawn in on a terminal with this line set: the one
    /// asked for on a UTF-8 terminal; English on an ASCII one (a locale that is not UTF-8),
    /// which cannot show Chinese characters.
    public func displayableLanguage(_ requested: Language) -> Language {
        self == .ascii ? .english : requested
    }
}
