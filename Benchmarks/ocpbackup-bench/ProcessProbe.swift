import Foundation
import Glibc

/// Facts about a running process read from `/proc`.
enum ProcessProbe {
    /// The text of a `/proc` file (they report a size of 0, so they are read to their end).
    static func read(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A field of `/proc/<pid>/status` (or of a thread's), as its number (kB for memory).
    static func statusField(_ name: String, path: String) -> Int? {
        guard let text = read(path) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    /// Peak resident memory (`VmHWM`), in kB.
    static func peakResidentKilobytes(_ pid: pid_t) -> Int? {
        statusField("VmHWM", path: "/proc/\(pid)/status")
    }

    /// Resident memory now (`VmRSS`), in kB.
    static func residentKilobytes(_ pid: pid_t) -> Int? {
        statusField("VmRSS", path: "/proc/\(pid)/status")
    }

    /// Every thread: its id, name, and context switches so far (voluntary + involuntary).
    static func threadSwitches(_ pid: pid_t) -> [Int: (name: String, switches: Int)] {
        let directory = "/proc/\(pid)/task"
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var result: [Int: (String, Int)] = [:]
        for task in tasks {
            guard let tid = Int(task) else { continue }
            let status = "\(directory)/\(task)/status"
            let name = read("\(directory)/\(task)/comm")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            guard let voluntary = statusField("voluntary_ctxt_switches", path: status),
                let involuntary = statusField("nonvoluntary_ctxt_switches", path: status)
            else { continue }
            result[tid] = (name, voluntary + involuntary)
        }
        return result
    }
}
