import OCPAPI

/// An OceanBase version as the list sorts it, without a heap allocation in the common case:
/// up to four parts below 65,536 are packed into one integer (missing parts count as zero, as
/// `OBVersion` counts them); any other version keeps its parts.
enum VersionSortKey: Comparable, Sendable {
    /// Four 16-bit parts, the first in the high bits.
    case packed(UInt64)
    /// A version that does not fit the packing.
    case parts(OBVersion)

    /// The key of `version`.
    init(_ version: OBVersion) {
        let parts = version.parts
        guard parts.count <= 4, parts.allSatisfy({ (0...0xFFFF).contains($0) }) else {
            self = .parts(version)
            return
        }
        var packed: UInt64 = 0
        for index in 0..<4 {
            packed = packed << 16 | UInt64(index < parts.count ? parts[index] : 0)
        }
        self = .packed(packed)
    }

    /// The version this key stands for.
    var version: OBVersion {
        switch self {
        case .parts(let version):
            return version
        case .packed(let packed):
            return OBVersion(parts: (0..<4).map { Int(packed >> (48 - 16 * UInt64($0)) & 0xFFFF) })
        }
    }

    static func < (lhs: VersionSortKey, rhs: VersionSortKey) -> Bool {
        if case .packed(let left) = lhs, case .packed(let right) = rhs { return left < right }
        return lhs.version < rhs.version
    }

    static func == (lhs: VersionSortKey, rhs: VersionSortKey) -> Bool {
        if case .packed(let left) = lhs, case .packed(let right) = rhs { return left == right }
        return lhs.version == rhs.version
    }
}
