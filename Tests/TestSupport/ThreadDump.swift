import Foundation

/// The state of every thread of a running process, for a failure that needs a diagnosis (a
/// program that does not exit): `gdb -batch -ex 'thread apply all bt'` attached for a moment.
public enum ThreadDump {
    /// Every thread's backtrace of `pid`, taken off Swift's cooperative pool; a line saying why
    /// when gdb is missing or cannot attach.
    public static func of(_ pid: pid_t) async -> String {
        let gdb = ["/usr/bin/gdb", "/usr/local/bin/gdb"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let gdb else { return "(no thread dump: gdb is not installed)" }
        let arguments = [gdb, "-p", "\(pid)", "-batch", "-nx", "-ex", "set pagination off", "-ex", "thread apply all bt"]
        let dump = (try? await OffThePool.run { try ChildProcess.output(arguments) }) ?? ""
        let threads = dump.split(separator: "\n").filter { $0.hasPrefix("Thread ") || $0.hasPrefix("#") }
        return threads.isEmpty ? "(no thread dump: gdb could not attach to \(pid))\n\(dump)" : threads.joined(separator: "\n")
    }
}
