import ConsoleCore
import Foundation
import Testing

extension ConsoleDependencies {
    /// Every dependency unimplemented: a call the test did not set fails it with
    /// `"ConsoleDependencies.<name> called but not set"`. A test sets only what it uses:
    /// `var dependencies = ConsoleDependencies.failing; dependencies.ability = { … }`.
    public static var failing: ConsoleDependencies {
        .unimplemented { message in Issue.record(Comment(rawValue: message)) }
    }

    /// `failing` with a fixed clock and local offset, for states built through the reducer
    /// whose effects are dropped (the reducer reads the clock itself).
    public static func failing(now: Date, timeZoneOffset: Int) -> ConsoleDependencies {
        var dependencies = failing
        dependencies.now = { now }
        dependencies.timeZoneOffset = { _ in timeZoneOffset }
        return dependencies
    }
}
