import ConsoleCore
import OCPAPI

/// The lines of an operation dialog: its notes, the choice of full or incremental, the exact
/// request that will be sent (secrets masked), and the outcome when it needs words.
struct OperationDialogLines {
    /// The dialog.
    let dialog: OperationDialog
    /// The console (strategy and ability for the choice).
    let state: ConsoleState

    /// The lines in `width` cells.
    func lines(width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        switch dialog.step {
        case .reading:
            lines.append([Span("Reading the schedule status and the log backup…", .muted)])
        case .choosing:
            lines += notes(dialog.notes, width: width)
            lines.append([])
            lines.append(choice(width: width))
            lines += keys([("f", "full"), ("i", "incremental"), ("Enter", "next"), ("Esc", "cancel")])
        case .confirming(let mutation):
            lines += notes(dialog.notes, width: width)
            lines += request(mutation, width: width)
            lines += keys([("Enter", "send"), ("Esc", "cancel")])
        case .sending(let mutation):
            lines += notes(dialog.notes, width: width)
            lines += request(mutation, width: width)
            lines.append([Span("Sending… (once; waiting for OCP's answer)", .accent)])
        case .rereading:
            lines += PaneText.wrapped(
                "No answer came: OCP may or may not have made the change. Reading the overview and the task list again before anything is offered…",
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
        var spans = option(.full, "Full", enabled: true) + option(.incremental, "Incremental", enabled: refusal == nil)
        if let refusal { spans.append(Span(DisplayWidth.truncate(refusal, toWidth: max(1, width - 34)), .disabled)) }
        return spans
    }

    private func request(_ mutation: PreparedMutation, width: Int) -> [[Span]] {
        let line = JSONLines.wrap("Sends " + TextSanitizer.singleLine(mutation.requestLine), width: max(8, width))
        var lines: [[Span]] = [[]] + line.map { $0.map { Span($0.text, .accent) } }
        if let body = mutation.request.maskedBody(pretty: false) {
            lines += JSONLines.wrap(TextSanitizer.singleLine(body), width: max(8, width)).map { $0.map { Span($0.text, .muted) } }
        }
        return lines
    }

    private func outcome(_ outcome: OperationOutcome, width: Int) -> [[Span]] {
        switch outcome {
        case .failed(let error):
            return PaneText.wrapped("OCP did not make the change.", role: .error, width: width) + ErrorLines.lines(for: error, width: width)
                + keys([("Enter", "close")])
        case .alreadyRunning(let error, let taskId):
            var lines = PaneText.wrapped(
                "A data backup of \(dialog.clusterName) is already running (\(error.code ?? "BAK31005")).", role: .warning, width: width)
            lines += ErrorLines.lines(for: error, width: width).prefix(2)
            if let taskId {
                lines += PaneText.wrapped("It is task \(taskId): follow it instead of starting another.", role: .normal, width: width)
                lines += keys([("Enter", "open task \(taskId)"), ("Esc", "close")])
            } else {
                lines += PaneText.wrapped("Looking for it in the cluster's task list…", role: .muted, width: width)
                lines += keys([("Enter", "close")])
            }
            return lines
        case .unknown(let findings, let taskId, let resend):
            var lines = PaneText.wrapped("No answer came to the change; the cluster was read again.", role: .warning, width: width)
            lines += notes(findings, width: width)
            let enter = taskId.map { "open task \($0)" } ?? (resend != nil ? "send again (asks first)" : "close")
            lines += keys([("Enter", enter), ("Esc", "close")])
            return lines
        case .unreadable(let error):
            return PaneText.wrapped("It could not be read, so nothing is offered yet.", role: .error, width: width)
                + ErrorLines.lines(for: error, width: width) + keys([("r", "read again"), ("Esc", "close")])
        }
    }

    private func keys(_ pairs: [(String, String)]) -> [[Span]] {
        [[], pairs.flatMap { [Span($0.0, .accent, style: .bold), Span(" " + $0.1 + "   ")] }]
    }
}
