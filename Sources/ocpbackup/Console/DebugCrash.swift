import ArgumentParser
import Foundation

/// How the hidden `--debug-crash KIND` option of `tui` and `demo` makes the console die once it
/// has drawn its first frame, so tests can check the terminal comes back on every crash path
/// (README, Reliability). Hidden from `--help` and the man page; it exists only for those tests.
enum DebugCrash: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A Swift runtime trap (`fatalError`): `SIGILL` on x86-64, `SIGTRAP` on arm64.
    case trap
    /// `abort()`: `SIGABRT`.
    case abort
    /// A store through an unmapped address: a real `SIGSEGV`.
    case segfault
    /// A read past the end of a mapped empty file: a real `SIGBUS`.
    case bus
    /// `raise(SIGFPE)` (Swift traps integer division by zero itself, so it is raised).
    case fpe

    /// Dies the chosen way; never returns.
    func trigger() -> Never {
        switch self {
        case .trap:
            fatalError("--debug-crash trap: the crash was asked for")
        case .abort:
            Foundation.abort()
        case .segfault:
            UnsafeMutablePointer<Int>(bitPattern: 0x10)?.pointee = 1
        case .bus:
            Self.readPastMappedFile()
        case .fpe:
            raise(SIGFPE)
        }
        fatalError("--debug-crash \(rawValue) did not end the process")
    }

    /// Maps a page of an empty temporary file and reads it: the kernel answers `SIGBUS`.
    private static func readPastMappedFile() {
        var template = Array((NSTemporaryDirectory() + "/ocpbackup-bus-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return }
        unlink(template)
        guard let page = mmap(nil, 4096, PROT_READ, MAP_SHARED, descriptor, 0), page != MAP_FAILED else { return }
        _ = page.load(as: UInt8.self)
    }
}
