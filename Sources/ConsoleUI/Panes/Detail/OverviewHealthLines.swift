import ConsoleCore
import Localization
import OCPAPI

/// The Overview's health: the level of the rules over what the detail read (or, until then,
/// the scan's verdict), then each rule's reason, problems first, each with its level's glyph.
enum OverviewHealthLines {
    /// The lines for the shown cluster.
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let id = context.cluster.id
        let state = context.state
        let report = DetailHealth.report(for: id, in: state)
        let scanned = state.health.entries[id]
        guard let level = report?.level ?? scanned?.level else {
            let text =
                state.health.inFlight.contains(id)
                ? context.language.pick("Health: reading…", "健康：读取中…") : context.language.pick("Health: not read yet.", "健康：尚未读取。")
            return [[Span(text, .muted)]]
        }
        var head = [
            SpanFlow.Piece(
                separator: [],
                body: [
                    Span(context.language.pick("Health ", "健康 "), .muted),
                    Span(HealthCells.label(level, ascii: context.options.isASCII), HealthCells.role(level), style: .bold),
                ])
        ]
        if report == nil, let scanned {
            let when = TaskTimeText.short(scanned.judgedAt, offset: state.health.localOffset)
            head.append(
                SpanFlow.Piece(separator: [Span(" ")], body: [Span(context.language.pick("(fleet scan at \(when))", "（集群扫描于 \(when)）"), .muted)]))
        }
        var lines = SpanFlow.lines(pieces: head, width: context.width)
        let findings = report.map { $0.problems + $0.findings.filter { $0.level == .ok } } ?? scanned?.problems ?? []
        for finding in findings {
            let glyph = String(HealthCells.label(finding.level, ascii: context.options.isASCII).prefix(1))
            let wrapped = TextWrap.lines(HealthText.text(finding.reason, in: context.language), width: max(1, context.width - 2))
            let role: Role = finding.level == .ok ? .muted : HealthCells.role(finding.level)
            for (index, text) in wrapped.enumerated() {
                lines.append([Span(index == 0 ? glyph + " " : "  ", HealthCells.role(finding.level), style: .bold), Span(text, role)])
            }
        }
        return lines
    }
}
