import Synchronization

/// What the simulator received and which faults it injected: read by tests (a mutation arrived
/// exactly once) and printed when `ocpbackup sim` stops, so a fault run can report its figures.
public final class SimulatorCounters: Sendable {
    private let storage = Mutex(Storage())

    private struct Storage {
        var requests: [String: Int] = [:]
        var faults: [InjectedFault: Int] = [:]
        var inFlight = 0
        var peakInFlight = 0
    }

    /// Starts with everything at zero.
    public init() {}

    /// Counts one request as it arrived (before faults and authentication); it is in flight
    /// until `recordRequestEnded()`.
    public func recordRequest(method: String, path: String) {
        storage.withLock { storage in
            storage.requests["\(method) \(path)", default: 0] += 1
            storage.inFlight += 1
            storage.peakInFlight = max(storage.peakInFlight, storage.inFlight)
        }
    }

    /// Counts one request as done: answered, failed or dropped.
    public func recordRequestEnded() {
        storage.withLock { $0.inFlight = max(0, $0.inFlight - 1) }
    }

    /// The most requests that were in flight at once (arrived and not yet answered): what a
    /// client's bound on concurrent requests is checked against.
    public var peakRequestsInFlight: Int {
        storage.withLock { $0.peakInFlight }
    }

    /// Counts one injected fault.
    public func recordFault(_ fault: InjectedFault) {
        storage.withLock { $0.faults[fault, default: 0] += 1 }
    }

    /// How many `method` requests for exactly `path` arrived.
    public func requests(method: String, path: String) -> Int {
        storage.withLock { $0.requests["\(method) \(path)"] ?? 0 }
    }

    /// How many `method` requests arrived, whatever their path.
    public func requests(method: String) -> Int {
        storage.withLock { $0.requests.filter { $0.key.hasPrefix(method + " ") }.values.reduce(0, +) }
    }

    /// Every request that arrived.
    public var requestCount: Int {
        storage.withLock { $0.requests.values.reduce(0, +) }
    }

    /// How often `fault` was injected.
    public func count(of fault: InjectedFault) -> Int {
        storage.withLock { $0.faults[fault] ?? 0 }
    }

    /// Every injected fault except plain latency (which every matching request gets).
    public var faultCount: Int {
        storage.withLock { $0.faults.filter { $0.key != .delayed }.values.reduce(0, +) }
    }

    /// One line: the requests and each kind of fault, such as
    /// `requests 120; faults 31: throttled 9, dropped 8, failed 7, garbled 5, answer lost 2; delayed 120`.
    public var summary: String {
        let kinds = InjectedFault.allCases.filter { $0 != .delayed }.map { "\($0.rawValue) \(count(of: $0))" }
        return "requests \(requestCount); faults \(faultCount): \(kinds.joined(separator: ", ")); delayed \(count(of: .delayed))"
    }
}
