/// When tmux passes the next resize on at once. tmux applies a pane's resize, then holds
/// further ones until 250 ms have passed (a resize timer against resize storms), so a probe
/// resized sooner would measure tmux's wait, not the console. This keeps track of when the
/// last resize asked for is applied and the timer after it ends.
struct ResizePacing {
    private var timerEnds = ContinuousClock.now

    /// A resize was just asked for: it is applied now or when the running timer ends, and
    /// starts a new 250 ms timer.
    mutating func requested() {
        let applied = max(ContinuousClock.now, timerEnds)
        timerEnds = applied + .milliseconds(260)
    }

    /// Whether a resize asked for now is applied at once.
    var quiet: Bool { ContinuousClock.now >= timerEnds }
}
