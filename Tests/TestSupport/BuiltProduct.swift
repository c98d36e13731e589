import Foundation

/// An executable SwiftPM built beside the running test bundle (`ocpbackup`,
/// `ocpbackup-terminal-probe`); `OCPBACKUP_BIN` overrides where `ocpbackup` is found.
public enum BuiltProduct {
    /// The built `name` is missing.
    public struct Missing: Error, CustomStringConvertible {
        /// Where it was looked for.
        public let path: String
        /// What is missing and how to build it.
        public var description: String { "\(path) was not built; run swift build first" }
    }

    /// The path of the built executable `name`.
    public static func path(_ name: String) throws -> String {
        if name == "ocpbackup", let override = ProcessInfo.processInfo.environment["OCPBACKUP_BIN"] { return override }
        let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        return path
    }

    /// The built `ocpbackup`.
    public static func ocpbackup() throws -> String { try path("ocpbackup") }
}
