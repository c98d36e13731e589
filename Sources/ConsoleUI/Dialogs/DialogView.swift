import ConsoleCore
import Localization

/// A dialog drawn as a framed box centred over the panes.
struct DialogView {
    /// The open dialog.
    let dialog: Dialog
    /// The console.
    let state: ConsoleState
    /// Line set.
    let options: RenderOptions

    /// Draws the dialog centred in `area`.
    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let width = min(area.size.columns - 4, preferredWidth)
        let body = lines(width: width - 4, rows: area.size.rows - 2)
        let height = min(area.size.rows, body.count + 2)
        let box = Rect(
            row: area.row + (area.size.rows - height) / 2, column: area.column + (area.size.columns - width) / 2, rows: height, columns: width)
        screen.fill(box)
        screen.box(box, lines: options.lineSet, role: .accent, title: title)
        PaneText.draw(
            body, into: &screen, rect: Rect(row: box.row + 1, column: box.column + 2, rows: height - 2, columns: width - 4), language: state.language)
    }

    private var preferredWidth: Int {
        switch dialog {
        case .help: 96
        case .operation: 84
        default: 64
        }
    }

    private var title: String {
        let language = state.language
        return switch dialog {
        case .palette: language.pick("Command", "命令")
        case .help: language.pick("Keys", "按键")
        case .confirmQuit: language.pick("Quit?", "退出？")
        case .confirmDelete: language.pick("Delete strategy?", "删除备份策略？")
        case .operation(let dialog): dialog.title.text(in: language)
        }
    }

    /// The dialog's lines in `width` cells, for at most `rows` rows.
    func lines(width: Int, rows: Int) -> [[Span]] {
        let language = state.language
        switch dialog {
        case .palette(let text):
            return paletteLines(text, width: width)
        case .help:
            return helpLines(width: width, rows: rows)
        case .confirmQuit:
            return PaneText.wrapped(
                language.pick(
                    "The wizard has changes that were not submitted. The draft stays saved without secrets.", "向导中有尚未提交的修改。草稿仍会保存（不含密钥）。"),
                role: .normal, width: width)
                + [
                    [],
                    [
                        Span("y", .accent, style: .bold), Span(language.pick(" quit   ", " 退出   ")), Span("n", .accent, style: .bold),
                        Span(language.pick(" stay", " 留下")),
                    ],
                ]
        case .confirmDelete(let id, let typed):
            return deleteLines(clusterId: id, typed: typed, width: width)
        case .operation(let dialog):
            return OperationDialogLines(dialog: dialog, state: state).lines(width: width)
        }
    }

    private func paletteLines(_ text: String, width: Int) -> [[Span]] {
        var lines: [[Span]] = [[Span(":", .accent, style: .bold), Span(text + "_", .input)], []]
        let matches = state.paletteMatches
        if matches.isEmpty { lines.append([Span(state.language.pick("No command starts with that.", "没有以此开头的命令。"), .error)]) }
        for command in matches {
            lines.append([Span(DisplayWidth.pad(command.rawValue, toWidth: 10), .accent), Span(command.summary.text(in: state.language))])
        }
        return lines
    }

    /// The help of the state under the dialog, sections apart when there is room; a sentence
    /// too long for `width` ends in an ellipsis.
    private func helpLines(width: Int, rows: Int) -> [[Span]] {
        var underlying = state
        underlying.dialog = nil
        var lines: [[Span]] = []
        let sections = KeyMap.standard.help(in: underlying)
        let keyWidth = min(16, sections.flatMap(\.entries).map { DisplayWidth.width(of: $0.keys) }.max() ?? 0)
        let spaced = sections.count * 2 - 1 + sections.reduce(0) { $0 + $1.entries.count } <= rows
        for section in sections {
            if !lines.isEmpty, spaced { lines.append([]) }
            lines.append(PaneText.heading(section.title))
            for entry in section.entries {
                let keys = Span(DisplayWidth.pad(entry.keys, toWidth: keyWidth + 2), entry.isDisabled ? .disabled : .accent)
                let text = DisplayWidth.truncate(entry.text, toWidth: max(0, width - keyWidth - 2))
                lines.append([keys, Span(text, entry.isDisabled ? .disabled : .normal)])
            }
        }
        return lines
    }

    private func deleteLines(clusterId: Int64, typed: String, width: Int) -> [[Span]] {
        let language = state.language
        let name = state.list.row(id: clusterId)?.name ?? language.pick("cluster \(clusterId)", "集群 \(clusterId)")
        var lines = PaneText.wrapped(
            language.pick("This deletes the backup strategy of \(name). Scheduled backups stop.", "这将删除 \(name) 的备份策略。调度备份随之停止。"), role: .warning,
            width: width)
        lines.append([])
        lines += PaneText.wrapped(language.pick("Type the cluster name to confirm:", "输入集群名称以确认："), role: .normal, width: width)
        let matches = typed == name
        lines.append([Span("> ", .accent), Span(typed + "_", .input), Span(matches ? language.pick("  ✓ matches", "  ✓ 一致") : "", .ok)])
        lines.append([])
        lines.append([
            Span("Enter", .accent, style: .bold), Span(language.pick(" delete   ", " 删除   ")), Span("Esc", .accent, style: .bold),
            Span(language.pick(" keep", " 保留")),
        ])
        return lines
    }
}
