import ConsoleCore
import Localization
import OCPAPI

/// What a detail tab draws from: the console's state, the shown cluster, the render options
/// and the width of the pane's text, with the pieces several tabs share.
struct DetailTabContext {
    /// The console.
    let state: ConsoleState
    /// Line set and header facts.
    let options: RenderOptions
    /// The shown cluster.
    let cluster: Cluster
    /// The width of the text area, in cells.
    let width: Int

    /// The cluster's row (sanitized texts).
    var row: ClusterRow { ClusterRow(cluster) }

    /// The language of the console.
    var language: Language { state.language }

    /// `OceanBase 4.2.1.0 · PRIMARY · RUNNING`, on more lines when the pane is narrow.
    var factsLines: [[Span]] {
        let row = self.row
        let dot = [Span(" · ", .muted)]
        let pieces = [
            SpanFlow.Piece(
                separator: [], body: [Span(row.version.isEmpty ? language.pick("version unknown", "版本未知") : "OceanBase \(row.version)", .normal)]),
            SpanFlow.Piece(separator: dot, body: [Span(row.type.isEmpty ? "?" : row.type)]),
            SpanFlow.Piece(separator: dot, body: [Span(row.status, ClusterColumns.role(ofStatus: row.status))]),
        ]
        return SpanFlow.lines(pieces: pieces, width: width)
    }

    /// A value being read: "Loading…" while it loads, the last error, then the value's lines
    /// (the last good value stays shown next to a newer error).
    func loadable<Value: Equatable & Sendable>(_ value: Loadable<Value>?, present: (Value) -> [AbilityLine]) -> [[Span]] {
        guard let value else { return PaneText.wrapped(language.pick("Not read yet (r reads it).", "尚未读取（按 r 读取）。"), role: .muted, width: width) }
        var lines: [[Span]] = []
        if value.isLoading { lines.append([Span(language.pick("Loading…", "加载中…"), .muted)]) }
        if let error = value.error { lines += ErrorLines.lines(for: error, width: width, language: language) }
        if let current = value.value {
            lines += present(current).flatMap { PaneText.statement($0, width: width, ascii: options.isASCII, language: language) }
        }
        return lines
    }

    /// The strategy commands the shown cluster allows (`Actions: e edit  d delete`), or why
    /// none is allowed.
    var strategyActionLines: [[Span]] {
        let commands = state.strategyCommands
        let keys: [(StrategyCommand, String, String)] = [
            (.create, "n", language.pick("new", "新建")), (.edit, "e", language.pick("edit", "编辑")), (.delete, "d", language.pick("delete", "删除")),
        ]
        let enabled = keys.filter { commands[$0.0]?.isEnabled == true }
        var lines: [[Span]] = []
        lines += SpanFlow.keys(label: language.pick("Actions: ", "操作："), enabled.map { ($0.1, $0.2) }, width: width)
        let reasons = Set(keys.compactMap { commands[$0.0]?.reason?.text(in: language) })
        if enabled.isEmpty, let reason = reasons.first, reasons.count == 1 {
            lines += PaneText.wrapped(language.pick("No actions: ", "无可用操作：") + reason, role: .disabled, width: width)
        } else if enabled.isEmpty {
            lines += keys.compactMap { key in commands[key.0]?.reason.map { "\(key.1) \(key.2)" + language.pick(": ", "：") + $0.text(in: language) } }
                .flatMap {
                    PaneText.wrapped($0, role: .disabled, width: width)
                }
        }
        return lines
    }
}
