import ConsoleCore
import Localization

/// The Overview's line of backup operations: the keys the cluster allows now (`b`, `p` with
/// the word the schedule calls for, `R` when its latest data backup failed) and why `b` or `p`
/// is not possible; in read-only mode one line says there are none.
enum OperationActionLines {
    /// The lines for the shown cluster in `context`.
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        let language = context.language
        let pause =
            OperationActions.resumes(state).map { $0 ? language.pick("resume", "恢复调度") : language.pick("pause", "暂停") }
            ?? language.pick("pause/resume", "暂停/恢复调度")
        let keys: [(OperationCommand, String, String)] = [
            (.backupNow, "b", language.pick("back up now", "立即备份")), (.schedule, "p", pause), (.retryLatest, "R", language.pick("retry", "重试")),
        ]
        if state.readOnly {
            return PaneText.wrapped(
                language.pick("No backup operations: the console is read-only.", "没有备份操作：控制台为只读模式。"), role: .disabled, width: context.width)
        }
        let shown = keys.compactMap { key in state.availability(of: key.0).map { (key, $0) } }
        let enabled = shown.filter(\.1.isEnabled)
        var lines = SpanFlow.keys(label: language.pick("Backup: ", "备份："), enabled.map { ($0.0.1, $0.0.2) }, width: context.width)
        // R is offered only for a failure; a cluster without one needs no reason for it.
        for (key, availability) in shown where key.0 != .retryLatest {
            guard let reason = availability.reason else { continue }
            lines += PaneText.wrapped(
                "\(key.1) \(key.2)" + language.pick(": ", "：") + reason.text(in: language), role: .disabled, width: context.width)
        }
        return lines
    }
}
