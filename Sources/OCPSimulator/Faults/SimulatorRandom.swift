import Synchronization

/// The simulator's shared source of randomness (trace ids, faults): seeded for tests, so runs
/// repeat exactly, or seeded from the system generator.
package final class SimulatorRandom: Sendable {
    private let generator: Mutex<SplitMix64>

    /// Seeds with `seed`, or with a random seed when `nil`.
    package init(seed: UInt64?) {
        var system = SystemRandomNumberGenerator()
        generator = Mutex(SplitMix64(seed: seed ?? system.next()))
    }

    /// A number in `0..<1`.
    package func unit() -> Double {
        generator.withLock { Double($0.next() >> 11) / Double(UInt64(1) << 53) }
    }

    /// A number in `range`.
    package func integer(in range: ClosedRange<Int>) -> Int {
        generator.withLock { Int.random(in: range, using: &$0) }
    }

    /// 16 lowercase hex characters, like OCP's `traceId`.
    package func traceId() -> String {
        let value = generator.withLock { $0.next() }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
