/// An OceanBase version such as `2.2.77` or `4.2.1.0`, compared numerically part by part.
public struct OBVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The numeric parts.
    public let parts: [Int]

    /// Parses a dotted version; trailing non-numeric text after a `-` or `_` is ignored.
    public init?(_ text: String) {
        let core = text.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        let numbers = core.split(separator: ".").map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        parts = numbers.compactMap { $0 }
    }

    /// Makes a version from parts.
    public init(_ parts: Int...) { self.parts = parts }

    /// Makes a version from an array of parts.
    public init(parts: [Int]) { self.parts = parts }

    /// Compares part by part, missing parts counting as zero.
    public static func < (lhs: OBVersion, rhs: OBVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    /// Equality part by part, missing parts counting as zero.
    public static func == (lhs: OBVersion, rhs: OBVersion) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    /// Hashes the parts without trailing zeros, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        var trimmed = parts
        while trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    /// Dotted form.
    public var description: String { parts.map(String.init).joined(separator: ".") }

    /// The first version that supports secondary backup (API doc: "V2.2.77 and later").
    public static let secondaryBackupMinimum = OBVersion(2, 2, 77)
    /// The first version with physical backup.
    public static let physicalBackupMinimum = OBVersion(2, 2, 60)
    /// The first version with OSS and COS storage.
    public static let objectStorageMinimum = OBVersion(2, 2, 76)
}
