import ConsoleCore
import Localization

/// Where the submission stands, in words: the prompt, the result with task ids, OCP's error
/// with its `traceId`, or the unknown outcome.
struct SubmissionLines {
    /// The submission.
    let submission: SubmissionState
    /// Whether the wizard edits an existing strategy.
    let isModify: Bool
    /// The wizard's language.
    let language: Language

    /// The lines in `width` cells.
    func lines(width: Int) -> [[Span]] {
        let back = language.pick(" back", " 返回")
        switch submission {
        case .idle:
            return [
                [
                    Span("Enter", .accent, style: .bold), Span(language.pick(" submits (asks to confirm)  ", " 提交（先确认）  ")),
                    Span("PgUp", .accent, style: .bold), Span(back),
                ]
            ]
        case .confirming:
            return [
                [
                    Span(language.pick("Send this request to OCP now? ", "现在向 OCP 发送此请求？"), .warning, style: .bold), Span("y", .accent, style: .bold),
                    Span(language.pick(" send  ", " 发送  ")), Span("n", .accent, style: .bold), Span(back),
                ]
            ]
        case .inFlight:
            return [[Span(language.pick("Sending… waiting for OCP's answer (sent once, never repeated).", "发送中…等待 OCP 的回应（只发送一次，不会重复）。"), .warning)]]
        case .succeeded(let result):
            return succeeded(result, width: width)
        case .failed(let error):
            return PaneText.wrapped(language.pick("OCP refused the request; nothing changed.", "OCP 拒绝了请求；没有任何修改。"), role: .error, width: width)
                + ErrorLines.lines(for: error, width: width, language: language)
        case .outcomeUnknown(let error):
            return PaneText.wrapped(
                language.pick(
                    "No answer from OCP: the request may or may not have been applied. Reading the strategy again before anything is sent again.",
                    "OCP 没有回应：请求可能已生效，也可能没有。再次发送之前，正在重新读取备份策略。"),
                role: .warning, width: width) + ErrorLines.lines(for: error, width: width, language: language)
        case .reread(let error, let current):
            let found: Bilingual =
                switch current {
                case .none:
                    isModify
                        ? Bilingual("the cluster has no strategy now.", "该集群现在没有备份策略。")
                        : Bilingual("no strategy exists: the create was not applied. Enter submits again.", "没有备份策略：创建没有生效。按 Enter 再次提交。")
                case .present:
                    isModify
                        ? Bilingual("the strategy was read again; compare, then Enter submits again.", "已重新读取备份策略；请比较后按 Enter 再次提交。")
                        : Bilingual("the strategy exists now: the create was applied.", "备份策略现已存在：创建已生效。")
                }
            return PaneText.wrapped(language.pick("After no answer, ", "没有回应之后，") + found.text(in: language), role: .warning, width: width)
                + ErrorLines.lines(for: error, width: width, language: language)
        case .rereadFailed(let error, let reread):
            return PaneText.wrapped(
                language.pick("No answer, and the strategy could not be read again. r reads it again.", "没有回应，也无法重新读取备份策略。按 r 重新读取。"), role: .error,
                width: width)
                + ErrorLines.lines(for: error, width: width, language: language) + ErrorLines.lines(for: reread, width: width, language: language)
        }
    }

    private func succeeded(_ result: SubmitResult, width: Int) -> [[Span]] {
        let tasks = result.taskIds.map(String.init).joined(separator: ", ")
        let tasksLabel = language.pick("  tasks ", "  任务 ")
        var lines: [[Span]] = [
            [
                Span(language.pick("✓ OCP accepted ", "✓ OCP 已接受 "), .ok, style: .bold), Span(result.taskType),
                Span(tasks.isEmpty ? "" : tasksLabel + tasks),
            ]
        ]
        if let trace = result.traceId { lines.append([Span("  traceId " + trace, .muted)]) }
        for object in result.objects {
            let ids = object.taskIds.map(String.init).joined(separator: ", ")
            lines.append([
                Span(object.succeeded ? "  ✓ " : "  ✗ ", object.succeeded ? .ok : .error), Span(object.objects),
                Span(ids.isEmpty ? "" : tasksLabel + ids, .muted), Span(object.note.map { "  " + $0 } ?? "", .muted),
            ])
        }
        lines.append([Span("Enter", .accent, style: .bold), Span(language.pick(" closes the wizard", " 关闭向导"))])
        return lines
    }
}
