import Localization

/// The saved draft offered above a wizard's step, and a draft save failure.
enum DraftOfferLines {
    /// The lines for a draft of `what` (a strategy, a restore) left at step `stepTitle` (`nil`:
    /// no offer) and the last save `error`, in `width` cells, in `language`.
    static func lines(what: Bilingual, stepTitle: Bilingual?, error: String?, language: Language, width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        if let stepTitle {
            lines += PaneText.wrapped(
                language.pick(
                    "A saved draft of this \(what.english) exists, left at step \(stepTitle.english) (secrets are never saved).",
                    "此\(what.chinese)有一份已保存的草稿，停在“\(stepTitle.chinese)”步骤（密钥从不保存）。"), role: .warning, width: width)
            lines.append([
                Span("Enter", .accent, style: .bold), Span(language.pick(" continue it   ", " 继续草稿   ")), Span("n", .accent, style: .bold),
                Span(language.pick(" start afresh", " 重新开始")),
            ])
            lines.append([])
        }
        if let error { lines += PaneText.wrapped(language.pick("Draft not saved: ", "草稿未保存：") + error, role: .warning, width: width) }
        return lines
    }
}
