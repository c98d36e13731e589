import Foundation
import OCPSimulator
import Synchronization
import Testing

/// The simulated clock: it follows an injected wall clock at its speed, or moves only when told.
struct SimulatorClockTests {
    final class Wall: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_000_000))
        func now() -> Date { time.withLock { $0 } }
        func pass(_ seconds: TimeInterval) { time.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    @Test func aRunningClockGoesAtItsSpeed() {
        let wall = Wall()
        let start = Date(timeIntervalSince1970: 1_717_214_400)
        let clock = SimulatorClock.running(at: start, speed: 60, wall: wall.now)
        #expect(clock.now() == start && clock.isRunning && clock.speed == 60)
        wall.pass(2)
        #expect(clock.now() == start.addingTimeInterval(120))
        clock.advance(by: 30)
        #expect(clock.now() == start.addingTimeInterval(150))
        wall.pass(1)
        #expect(clock.now() == start.addingTimeInterval(210), "advancing keeps the speed")
        wall.pass(-100)
        #expect(clock.now() == start.addingTimeInterval(150), "a wall clock set back does not run time backwards past the last advance")
    }

    @Test func aManualClockMovesOnlyWhenAdvanced() {
        let start = Date(timeIntervalSince1970: 1_717_214_400)
        let clock = SimulatorClock.manual(at: start)
        #expect(clock.now() == start && !clock.isRunning && clock.speed == 0)
        clock.advance(by: 3600)
        clock.advance(by: -50)
        clock.advance(by: .nan)
        #expect(clock.now() == start.addingTimeInterval(3600))
    }

    @Test func aBadSpeedIsRefusedAtStart() {
        for speed in [0, -1, .infinity, 2_000_000] {
            #expect(throws: SimulatorStartError.self) { _ = try SimulatorEnvironment(SimulatorConfiguration(port: 0, speed: speed)) }
        }
        #expect(SimulatorClock.running(at: Date(), speed: -3).speed == 1, "a clock made directly falls back to real time")
    }
}
