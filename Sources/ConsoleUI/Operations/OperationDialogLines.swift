import ConsoleCore
import Localization
import OCPAPI

/// The lines of an operation dialog: its notes, the choice of full or incremental, the exact
/// request that will be sent (secrets masked), and the outcome when it needs words.
struct OperationDialogLines {
    /// The dialog.
    let dialog: OperationDialog
    /// The console (strategy and ability for the choice).
    let state: ConsoleState

    /// The console's language.
    var language: Language { state.language }

    /// The lines in `width` cells.
    func lines(width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        let cancel = ("Esc", language.pick("cancel", "取消"))
        switch dialog.step {
        case .reading:
            lines.append([Span(language.pick("Reading the schedule status and the log backup…", "正在读取备份调度状态和日志备份…"), .muted)])
        case .choosing:
            lines += notes(dialog.notes, width: width)
            lines.append([])
            lines.append(choice(width: width))
            lines += keys([
                ("f", language.pick("full", "全量")), ("i", language.pick("incremental", "增量")), ("Enter", language.pick("next", "下一步")), cancel,
            ])
        case .confirming(let mutation):
            lines += notes(dialog.notes, width: width)
            lines += request(mutation, width: width)
            lines += keys([("Enter", language.pick("send", "发送")), cancel])
        case .sending(let mutation):
            lines += notes(dialog.notes, width: width)
            lines += request(mutation, width: width)
            lines.append([Span(language.pick("Sending… (once; waiting for OCP's answer)", "发送中…（仅一次；等待 OCP 的回应）"), .accent)])
        case .rereading:
            lines += PaneText.wrapped(
                language.pick(
                    "No answer came: OCP may or may not have made the change. Reading the overview and the task list again before anything is offered…",
                    "没有收到回应：OCP 可能已做出修改，也可能没有。在提供任何选项之前，正在重新读取概览和任务列表…"),
                role: .warning, width: width)
        case .finished(let outcome):
            lines += self.outcome(outcome, width: width)
        }
        return lines
    }

    private func notes(_ notes: [OperationNote], width: Int) -> [[Span]] {
        notes.flatMap { note in
            let role: Role =
                switch note.tone {
                case .info: .normal
                case .warning: .warning
                case .error: .error
                }
            return PaneText.wrapped(note.text, role: role, width: width)
        }
    }

    private func choice(width: Int) -> [Span] {
        let strategy = state.strategies[dialog.clusterId]?.value?.strategy
        let refusal = OperationActions.incrementalRefusal(strategy: strategy, ability: state.abilities[dialog.clusterId]?.value)
        func option(_ kind: DataBackupKind, _ label: String, enabled: Bool) -> [Span] {
            let chosen = dialog.kind == kind
            return [
                Span(chosen ? "(•) " : "( ) ", enabled ? .accent : .disabled, style: chosen ? .bold : []),
                Span(label, !enabled ? .disabled : chosen ? .selection : .normal), Span("   "),
            ]
        }
        var spans =
            option(.full, language.pick("Full", "全量"), enabled: true)
            + option(.incremental, language.pick("Incremental", "增量"), enabled: refusal == nil)
        if let refusal { spans.append(Span(DisplayWidth.truncate(refusal.text(in: language), toWidth: max(1, width - 34)), .disabled)) }
        return spans
    }

    private func request(_ mutation: PreparedMutation, width: Int) -> [[Span]] {
        let line = JSONLines.wrap(language.pick("Sends ", "发送 ") + TextSanitizer.singleLine(mutation.requestLine), width: max(8, width))
        var lines: [[Span]] = [[]] + line.map { $0.map { Span($0.text, .accent) } }
        if let body = mutation.request.maskedBody(pretty: false) {
            lines += JSONLines.wrap(TextSanitizer.singleLine(body), width: max(8, width)).map { $0.map { Span($0.text, .muted) } }
        }
        return lines
    }

    private func outcome(_ outcome: OperationOutcome, width: Int) -> [[Span]] {
        let close = language.pick("close", "关闭")
        func openTask(_ id: Int64) -> String { language.pick("open task \(id)", "打开任务 \(id)") }
        switch outcome {
        case .failed(let error):
            return PaneText.wrapped(language.pick("OCP did not make the change.", "OCP 没有做出修改。"), role: .error, width: width)
                + ErrorLines.lines(for: error, width: width, language: language) + keys([("Enter", close)])
        case .alreadyRunning(let error, let taskId):
            let code = error.code ?? "BAK31005"
            var lines = PaneText.wrapped(
                language.pick(
                    "A data backup of \(dialog.clusterName) is already running (\(code)).", "\(dialog.clusterName) 已有数据备份正在运行（\(code)）。"),
                role: .warning, width: width)
            lines += ErrorLines.lines(for: error, width: width, language: language).prefix(2)
            if let taskId {
                lines += PaneText.wrapped(
                    language.pick("It is task \(taskId): follow it instead of starting another.", "它是任务 \(taskId)：请跟随它，不要再开始另一个。"), role: .normal,
                    width: width)
                lines += keys([("Enter", openTask(taskId)), ("Esc", close)])
            } else {
                lines += PaneText.wrapped(language.pick("Looking for it in the cluster's task list…", "正在集群的任务列表中查找…"), role: .muted, width: width)
                lines += keys([("Enter", close)])
            }
            return lines
        case .unknown(let findings, let taskId, let resend):
            var lines = PaneText.wrapped(
                language.pick("No answer came to the change; the cluster was read again.", "修改没有收到回应；已重新读取集群。"), role: .warning, width: width)
            lines += notes(findings, width: width)
            let enter = taskId.map(openTask) ?? (resend != nil ? language.pick("send again (asks first)", "再次发送（先确认）") : close)
            lines += keys([("Enter", enter), ("Esc", close)])
            return lines
        case .unreadable(let error):
            return PaneText.wrapped(language.pick("It could not be read, so nothing is offered yet.", "无法读取，因此暂不提供任何选项。"), role: .error, width: width)
                + ErrorLines.lines(for: error, width: width, language: language) + keys([("r", language.pick("read again", "重新读取")), ("Esc", close)])
        }
    }

    private func keys(_ pairs: [(String, String)]) -> [[Span]] {
        [[], pairs.flatMap { [Span($0.0, .accent, style: .bold), Span(" " + $0.1 + "   ")] }]
    }
}
