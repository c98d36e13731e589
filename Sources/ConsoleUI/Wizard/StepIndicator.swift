import ConsoleCore
import Localization

/// The wizard's steps in one line: done, current and coming, shortened to numbers when narrow.
enum StepIndicator {
    /// The spans for `current` in `width` cells.
    static func spans(current: WizardStep, language: Language, width: Int) -> [Span] {
        let steps = WizardStep.allCases
        let currentIndex = steps.firstIndex(of: current) ?? 0
        func build(short: Bool) -> [Span] {
            var spans: [Span] = []
            for (index, step) in steps.enumerated() {
                if index > 0 { spans.append(Span(" › ", .muted)) }
                let role: Role = index == currentIndex ? .selection : index < currentIndex ? .ok : .muted
                let text = short && index != currentIndex ? "\(index + 1)" : "\(index + 1) \(step.title.text(in: language))"
                spans.append(Span(text, role, style: index == currentIndex ? .bold : []))
            }
            return spans
        }
        let full = build(short: false)
        return full.reduce(0) { $0 + $1.width } <= width ? full : build(short: true)
    }
}
