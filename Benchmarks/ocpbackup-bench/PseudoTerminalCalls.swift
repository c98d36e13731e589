import Glibc

/// The C library's pseudo-terminal calls, looked up at run time: Swift's `Glibc` module does not
/// export them (they sit behind `_XOPEN_SOURCE` in `<stdlib.h>`).
enum PseudoTerminalCalls {
    private typealias OpenCall = @convention(c) (Int32) -> Int32
    private typealias DescriptorCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    private static func function<T>(_ name: String, as type: T.Type) throws -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            throw BenchError("the C library has no \(name)")
        }
        return unsafeBitCast(symbol, to: type)
    }

    /// Opens a new pseudo-terminal; returns the controlling side and the path of the terminal side.
    static func open() throws -> (master: Int32, terminalPath: String) {
        let master = try function("posix_openpt", as: OpenCall.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw BenchError("posix_openpt failed: errno \(errno)") }
        guard try function("grantpt", as: DescriptorCall.self)(master) == 0,
            try function("unlockpt", as: DescriptorCall.self)(master) == 0
        else {
            close(master)
            throw BenchError("grantpt/unlockpt failed: errno \(errno)")
        }
        var name = [CChar](repeating: 0, count: 256)
        guard try function("ptsname_r", as: NameCall.self)(master, &name, name.count) == 0 else {
            close(master)
            throw BenchError("ptsname_r failed: errno \(errno)")
        }
        return (master, String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
