import Foundation
import Glibc

/// `ocpbackup sim` in its own process, on a free loopback port.
final class SimulatorChild {
    /// The simulator's process id.
    let pid: pid_t
    /// Its address, e.g. `http://127.0.0.1:41234`.
    let url: String
    private let outputPath: String

    /// Starts the simulator with `total` clusters (the dozen demo clusters included) and
    /// `latencyMilliseconds` added to every request.
    init(binary: String, totalClusters total: Int, latencyMilliseconds: Int = 0) throws {
        outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-bench-sim-\(UUID().uuidString).out").path
        pid = try ChildProcess.spawn(
            [binary, "sim", "--port", "0", "--clusters", "\(max(0, total - 12))", "--seed", "1", "--latency-ms", "\(latencyMilliseconds)"],
            outputPath: outputPath)
        let deadline = ContinuousClock.now + .seconds(30)
        var found: String?
        while found == nil, ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on ") {
                found = text[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init)
            } else {
                usleep(10_000)
            }
        }
        guard let found else {
            ChildProcess.stop(pid, signal: SIGKILL)
            throw BenchError("the simulator did not start")
        }
        url = found
    }

    /// Stops the simulator.
    func stop() {
        ChildProcess.stop(pid, signal: SIGTERM)
        try? FileManager.default.removeItem(atPath: outputPath)
    }
}
