import Foundation

/// The time scope parsed backup data covers: the seven days before the answer (use the
/// envelope's `serverTime`, or now). Windows are clamped to it.
public struct RecoverabilityScope: Sendable, Hashable {
    /// The newest instant: when OCP answered.
    public var end: Date
    /// The scope's length, seconds (seven days).
    public var length: TimeInterval

    /// Makes a scope ending at `end`.
    public init(end: Date, length: TimeInterval = 7 * 86_400) {
        self.end = end
        self.length = length
    }

    /// The oldest instant.
    public var start: Date { end.addingTimeInterval(-length) }

    /// The restorable windows of `items` (only RECOVERABLE items, under either interval name;
    /// unreadable or reversed intervals dropped), clamped to the scope, sorted and merged. A
    /// start within a second of the scope's start (OCP writes "answer time minus seven days")
    /// marks the window as reaching back further.
    public func windows(of items: [RecoverableSectionItem]) -> [RecoverableWindow] {
        let scopeStart = RecoverableWindow.microseconds(start)
        let scopeEnd = RecoverableWindow.microseconds(end)
        var windows: [RecoverableWindow] = []
        for item in items {
            guard let interval = item.recoverableInterval, let rawStart = interval.startTime?.epochMicroseconds,
                let rawEnd = interval.endTime?.epochMicroseconds, rawEnd >= rawStart
            else { continue }
            let start = max(rawStart, scopeStart)
            let end = min(rawEnd, scopeEnd)
            guard start <= end else { continue }
            windows.append(RecoverableWindow(startMicroseconds: start, endMicroseconds: end, startsAtScopeEdge: rawStart <= scopeStart + 1_000_000))
        }
        return RecoverableWindow.merged(windows)
    }
}
