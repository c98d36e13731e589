import Foundation
import Synchronization

/// The simulated clock that drives the living fleet: scheduled backups, task progress, the log
/// checkpoint, alerts. It runs at `speed` simulated seconds per wall second from a start, or
/// stands still until `advance(by:)` moves it (for deterministic tests). Authentication and
/// `/api/v2/time` keep the wall clock, which is what clients sign with.
public final class SimulatorClock: Sendable {
    private struct Reading {
        var simulated: Date
        var wall: Date
        var speed: Double
    }

    private let reading: Mutex<Reading>
    private let wall: @Sendable () -> Date
    /// Whether the clock follows the wall clock (false: it moves only when advanced).
    public let isRunning: Bool

    private init(start: Date, speed: Double, running: Bool, wall: @escaping @Sendable () -> Date) {
        self.wall = wall
        isRunning = running
        reading = Mutex(Reading(simulated: start, wall: wall(), speed: speed))
    }

    /// A clock at `start` that runs `speed` simulated seconds per second of `wall`.
    public static func running(at start: Date, speed: Double = 1, wall: @escaping @Sendable () -> Date = { Date() }) -> SimulatorClock {
        SimulatorClock(start: start, speed: speed.isFinite && speed > 0 ? speed : 1, running: true, wall: wall)
    }

    /// A clock standing at `start` until advanced.
    public static func manual(at start: Date) -> SimulatorClock {
        SimulatorClock(start: start, speed: 0, running: false, wall: { Date(timeIntervalSince1970: 0) })
    }

    /// Simulated seconds per wall second (0 for a manual clock).
    public var speed: Double { reading.withLock { $0.speed } }

    /// The simulated time now.
    public func now() -> Date {
        let wallNow = isRunning ? wall() : Date(timeIntervalSince1970: 0)
        return reading.withLock { reading in
            guard isRunning else { return reading.simulated }
            return reading.simulated.addingTimeInterval(max(0, wallNow.timeIntervalSince(reading.wall)) * reading.speed)
        }
    }

    /// Moves the clock forward by `seconds` of simulated time (negative values are ignored).
    public func advance(by seconds: TimeInterval) {
        guard seconds.isFinite, seconds > 0 else { return }
        let current = now()
        let wallNow = isRunning ? wall() : Date(timeIntervalSince1970: 0)
        reading.withLock { $0 = Reading(simulated: current.addingTimeInterval(seconds), wall: wallNow, speed: $0.speed) }
    }
}
