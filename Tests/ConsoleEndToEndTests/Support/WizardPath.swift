import TestSupport
import Testing

/// Keys that take the console from the cluster list to the wizard's review of a new strategy,
/// waiting for each screen (for the scroll and export tests).
enum WizardPath {
    /// Filters the list by `filter`, opens the cluster, starts a new strategy with the offered
    /// mode and schedule, storage OSS with a secret when `oss`, else FILE, and goes to the review.
    static func toReview(_ tmux: TmuxServer, filter: String, oss: Bool) async throws {
        try tmux.send("/")
        try tmux.type(filter)
        try tmux.send("Enter", "Enter")
        try #require(await tmux.waitFor("Actions: n new"), "no detail with its actions: \(tmux.capture())")
        try tmux.send("n")
        try #require(await tmux.waitFor("New strategy ·"), "no wizard: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Mon ·"), "no schedule step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Configuration name"), "no storage step: \(tmux.capture())")
        if oss {
            try tmux.send("Space")
            try #require(await tmux.waitFor("(•) OSS"), "OSS not chosen: \(tmux.capture())")
            for text in ["e2e_oss", "e2e-bucket/backup", "oss-cn-hangzhou.aliyuncs.com", "e2eAccessKeyId", secret] {
                try tmux.send("Tab")
                try tmux.type(text)
            }
        } else {
            for text in ["e2e_nfs", "/e2e/backup/"] {
                try tmux.send("Tab")
                try tmux.type(text)
            }
        }
        try tmux.send("Enter")
        try #require(await tmux.waitForScreen { !$0.contains("Configuration name") }, "storage refused: \(tmux.capture())")
        for title in ["Data backup timeout", "▶ Secondary backup"] {
            try tmux.send("Enter")
            try #require(await tmux.waitFor(title), "no step \(title): \(tmux.capture())")
        }
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Request body"), "no review: \(tmux.capture())")
    }

    /// The secret typed for OSS; it must never reach a file.
    static let secret = "e2eSecretValue0123456789"
}
