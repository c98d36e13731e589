import ConsoleCore

/// The Overview's line of backup operations: the keys the cluster allows now (`b`, `p` with
/// the word the schedule calls for, `R` when its latest data backup failed) and why `b` or `p`
/// is not possible; in read-only mode one line says there are none.
enum OperationActionLines {
    /// The lines for the shown cluster in `context`.
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        let pause = OperationActions.resumes(state).map { $0 ? "resume" : "pause" } ?? "pause/resume"
        let keys: [(OperationCommand, String, String)] = [(.backupNow, "b", "back up now"), (.schedule, "p", pause), (.retryLatest, "R", "retry")]
        if state.readOnly { return PaneText.wrapped("No backup operations: the console is read-only.", role: .disabled, width: context.width) }
        let shown = keys.compactMap { key in state.availability(of: key.0).map { (key, $0) } }
        let enabled = shown.filter(\.1.isEnabled)
        var lines = SpanFlow.keys(label: "Backup: ", enabled.map { ($0.0.1, $0.0.2) }, width: context.width)
        // R is offered only for a failure; a cluster without one needs no reason for it.
        for (key, availability) in shown where key.0 != .retryLatest {
            guard let reason = availability.reason else { continue }
            lines += PaneText.wrapped("\(key.1) \(key.2): \(reason)", role: .disabled, width: context.width)
        }
        return lines
    }
}
