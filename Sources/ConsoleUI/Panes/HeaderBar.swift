import ConsoleCore
import Localization

/// The header line: product, profile, OCP address, user, the health scan's progress and the
/// READ-ONLY badge.
enum HeaderBar {
    /// Draws the header on `row`.
    static func draw(_ state: ConsoleState, options: RenderOptions, into screen: inout ScreenBuffer, row: Int) {
        let width = screen.size.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), role: .header)
        let language = state.language
        var spans = [
            Span(" ocpbackup", .header, style: .bold), Span(language.pick("  profile ", "  配置 "), .header),
            Span(state.profile, .header, style: .bold),
        ]
        if !options.address.isEmpty { spans += [Span("  ", .header), Span(options.address, .header)] }
        if !options.principal.isEmpty { spans += [Span(language.pick("  as ", "  用户 "), .header), Span(options.principal, .header)] }
        let badge = state.readOnly ? language.pick(" READ-ONLY ", " 只读 ") : ""
        let badgeWidth = DisplayWidth.width(of: badge)
        let scan = scanText(state, ascii: options.isASCII)
        let scanWidth = scan.isEmpty ? 0 : DisplayWidth.width(of: scan) + 2
        screen.put(spans: spans, row: row, column: 0, maxWidth: width - badgeWidth - scanWidth - 1)
        if !scan.isEmpty {
            screen.put(scan, row: row, column: width - badgeWidth - scanWidth, style: .bold, role: .header)
        }
        if !badge.isEmpty {
            screen.put(badge, row: row, column: width - badgeWidth - 1, style: [.bold, .reverse], role: .accent)
        }
    }

    /// `health 3,200 / 10,012` while the scan runs, `health 10,012 ✓` when it ended; empty
    /// without a scan.
    static func scanText(_ state: ConsoleState, ascii: Bool = false) -> String {
        let health = state.health
        let total = HealthCells.count(state.list.rows.count)
        let language = state.language
        switch health.phase {
        case .idle: return ""
        case .readingAlerts: return language.pick("health: reading alerts", "健康：读取告警中")
        case .scanning: return language.pick("health", "健康") + " \(HealthCells.count(min(health.judged, state.list.rows.count))) / \(total)"
        case .finished: return language.pick("health", "健康") + " \(total) " + (ascii ? language.pick("done", "完成") : "✓")
        }
    }
}
