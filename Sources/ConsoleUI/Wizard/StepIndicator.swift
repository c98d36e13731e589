import ConsoleCore
import Localization

/// A wizard's steps in one line: done, current and coming, shortened to numbers when narrow.
enum StepIndicator {
    /// The spans for `current` in `width` cells.
    static func spans(current: WizardStep, language: Language, width: Int) -> [Span] {
        let steps = WizardStep.allCases
        return spans(titles: steps.map { $0.title.text(in: language) }, current: steps.firstIndex(of: current) ?? 0, width: width)
    }

    /// The spans of the steps named `titles` with `current` the one shown, in `width` cells.
    static func spans(titles: [String], current currentIndex: Int, width: Int) -> [Span] {
        func build(short: Bool) -> [Span] {
            var spans: [Span] = []
            for (index, title) in titles.enumerated() {
                if index > 0 { spans.append(Span(" › ", .muted)) }
                let role: Role = index == currentIndex ? .selection : index < currentIndex ? .ok : .muted
                let text = short && index != currentIndex ? "\(index + 1)" : "\(index + 1) \(title)"
                spans.append(Span(text, role, style: index == currentIndex ? .bold : []))
            }
            return spans
        }
        let full = build(short: false)
        return full.reduce(0) { $0 + $1.width } <= width ? full : build(short: true)
    }
}
