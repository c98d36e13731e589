import ConsoleUI

/// A cheap first test for "this cell did not change": two cells whose text storage, style and
/// role are bit for bit the same are equal (the same small string, or the same string buffer),
/// without calling `String`'s equality. Cells that differ in their bits are compared with `==`.
/// Made once per present, so the layout is looked up once, not per cell.
struct CellIdentity {
    private let textOffset: Int
    private let styleOffset: Int
    private let roleOffset: Int
    private let canCompareBits: Bool

    /// The test for this build's layout of ``Cell``.
    init() {
        let text = MemoryLayout<Cell>.offset(of: \Cell.text)
        let style = MemoryLayout<Cell>.offset(of: \Cell.style)
        let role = MemoryLayout<Cell>.offset(of: \Cell.role)
        textOffset = text ?? 0
        styleOffset = style ?? 0
        roleOffset = role ?? 0
        canCompareBits =
            text != nil && style != nil && role != nil && MemoryLayout<String>.size == 16 && MemoryLayout<Style>.size == 1
            && MemoryLayout<Role>.size == 1
    }

    /// Whether the cells at `left` and `right` are equal.
    func equal(_ left: UnsafePointer<Cell>, _ right: UnsafePointer<Cell>) -> Bool {
        guard canCompareBits else { return left.pointee == right.pointee }
        let leftBytes = UnsafeRawPointer(left)
        let rightBytes = UnsafeRawPointer(right)
        if leftBytes.loadUnaligned(fromByteOffset: textOffset, as: UInt64.self)
            == rightBytes.loadUnaligned(fromByteOffset: textOffset, as: UInt64.self),
            leftBytes.loadUnaligned(fromByteOffset: textOffset + 8, as: UInt64.self)
                == rightBytes.loadUnaligned(fromByteOffset: textOffset + 8, as: UInt64.self),
            leftBytes.load(fromByteOffset: styleOffset, as: UInt8.self) == rightBytes.load(fromByteOffset: styleOffset, as: UInt8.self),
            leftBytes.load(fromByteOffset: roleOffset, as: UInt8.self) == rightBytes.load(fromByteOffset: roleOffset, as: UInt8.self)
        {
            return true
        }
        return left.pointee == right.pointee
    }
}
