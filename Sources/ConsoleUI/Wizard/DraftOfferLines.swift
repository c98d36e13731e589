/// The saved draft offered above a wizard's step, and a draft save failure.
enum DraftOfferLines {
    /// The lines for a draft of `what` left at step `stepTitle` (`nil`: no offer) and the last
    /// save `error`, in `width` cells.
    static func lines(what: String, stepTitle: String?, error: String?, width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        if let stepTitle {
            lines += PaneText.wrapped(
                "A saved draft of this \(what) exists, left at step \(stepTitle) (secrets are never saved).", role: .warning, width: width)
            lines.append([Span("Enter", .accent, style: .bold), Span(" continue it   "), Span("n", .accent, style: .bold), Span(" start afresh")])
            lines.append([])
        }
        if let error { lines += PaneText.wrapped("Draft not saved: " + error, role: .warning, width: width) }
        return lines
    }
}
