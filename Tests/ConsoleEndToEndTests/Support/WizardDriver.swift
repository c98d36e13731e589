import TestSupport
import Testing

/// The keyboard steps the end-to-end tests share: open a cluster from the list, start the
/// wizard, and walk it, each step waiting for the screen to show its result.
struct WizardDriver {
    let tmux: TmuxServer

    /// Filters the list by `filter`, opens the one cluster left, named `name`, and waits until
    /// its detail offers `action` (such as `Actions: n new`, once ability and strategy are read).
    func openCluster(filter: String, name: String, action: String) async throws {
        try #require(await tmux.waitFor(name), "no cluster list: \(tmux.capture())")
        try tmux.send("/")
        try tmux.type(filter)
        try tmux.send("Enter")
        try #require(await tmux.waitForScreen { !$0.contains("payments-43") && $0.contains(name) }, "filter: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor(action), "no ability and strategy of \(name): \(tmux.capture())")
    }

    /// From a new wizard's first step to the storage step with the name field focused: the
    /// mode as offered, then Mon full, Tue incremental, Sat full in the week grid.
    func newStrategyUpToTheName() async throws {
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Mon ·  Tue ·"), "no schedule step: \(tmux.capture())")
        try tmux.send("Tab", "Space", "Right", "Space", "Space")
        try #require(await tmux.waitFor("Mon F  Tue I  Wed ·"), "the grid did not change: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Configuration name"), "no storage step: \(tmux.capture())")
        try tmux.send("Tab")
        try #require(await tmux.waitFor("[_"), "the name field is not focused: \(tmux.capture())")
    }

    /// From the storage step with the name typed: `directory`, cleanup as it is, a 90-minute
    /// timeout and an alert after 5 days, no secondary backup, up to the review.
    func fromTheNameToTheReview(directory: String = "/hardening/backup/") async throws {
        try tmux.send("Tab")
        try tmux.type(directory)
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Clean expired backups"), "no cleanup step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Data backup timeout"), "no thresholds step: \(tmux.capture())")
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("90")
        try tmux.send("Tab", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("5")
        try #require(await tmux.waitForScreen { $0.contains("[90 ") && $0.contains("[5_") }, "thresholds not typed: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("▶ Secondary backup"), "no secondary step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Request body"), "no review: \(tmux.capture())")
    }

    /// Submits from the review and confirms.
    func submitAndConfirm() async throws {
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Send this request to OCP now?"), "no confirmation: \(tmux.capture())")
        try tmux.send("y")
    }
}
