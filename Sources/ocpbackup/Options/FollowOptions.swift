import ArgumentParser

/// `--follow` and how long at most.
struct FollowOptions: ParsableArguments {
    @Flag(help: "Follow the task while it runs (one progress line); exit 0 when it succeeds, 1 when it fails.")
    var follow = false

    @Option(
        help: ArgumentHelp(
            "Stop following after this long (a span such as 90s, 30m, 6h; at most 7d); the task goes on at OCP (exit 3).",
            valueName: "span"))
    var followTimeout = "6h"

    /// The longest follow `--follow-timeout` allows.
    static let longest: Double = 7 * 86_400

    /// `--follow-timeout` as a duration.
    /// - Throws: a usage failure for text that is not a span up to seven days.
    func timeout() throws(CommandFailure) -> Duration {
        guard let seconds = TimeArgument.span(followTimeout), seconds > 0, seconds <= Self.longest else {
            throw .usage("--follow-timeout '\(followTimeout)' must be a span such as 90s, 30m or 6h, at most 7d; nothing was sent.")
        }
        return .seconds(seconds)
    }
}
