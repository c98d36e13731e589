/// Every row's search text in one contiguous byte array, in sort order: the filter scans plain
/// bytes through one buffer pointer, and reading the rows of any filter result (ascending sort
/// positions) walks the bytes front to back.
///
/// The text at sort position `rank` is `bytes[offsets[rank]..<offsets[rank + 1]]`. The list
/// keeps it in step with its order: a merged page's texts are spliced in, a new sort permutes
/// the texts.
struct SearchTexts: Equatable, Sendable {
    /// The texts, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each text starts, and one past the end of the last.
    private(set) var offsets: [Int] = [0]

    /// No texts.
    init() {}

    /// How many texts there are.
    var count: Int { offsets.count - 1 }

    /// Reserves room for `count` texts of `byteCount` bytes in all.
    mutating func reserve(count: Int, byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        offsets.reserveCapacity(count + 1)
    }

    /// Adds a text at the end.
    mutating func append(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        offsets.append(bytes.count)
    }

    /// Adds the texts at `ranks` of `other`, in their order, with one copy of their bytes.
    mutating func append(_ ranks: Range<Int>, of other: SearchTexts) {
        guard !ranks.isEmpty else { return }
        let start = other.offsets[ranks.lowerBound]
        let shift = bytes.count - start
        bytes.append(contentsOf: other.bytes[start..<other.offsets[ranks.upperBound]])
        for rank in ranks { offsets.append(other.offsets[rank + 1] + shift) }
    }

    /// Forgets every text.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        offsets.append(0)
    }

    /// The text at sort position `rank`.
    func text(atRank rank: Int) -> ArraySlice<UInt8> {
        bytes[offsets[rank]..<offsets[rank + 1]]
    }

    /// The texts in a new order: position `rank` of the result holds this one's text at
    /// `previousRank[rank]`.
    func permuted(_ previousRank: [Int]) -> SearchTexts {
        var result = SearchTexts()
        result.reserve(count: count, byteCount: bytes.count)
        for rank in previousRank { result.append(rank..<(rank + 1), of: self) }
        return result
    }

    /// The ascending sort positions whose text contains `needle`: one pass over all the bytes,
    /// jumping from one occurrence of the needle's first byte to the next.
    func ranksContaining(_ needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return Array(0..<count) }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { pattern in
                    let end = hay.count
                    var rank = 0
                    var position = ByteSearch.firstIndex(of: pattern[0], in: hay, from: 0, to: end)
                    while position < end {
                        while starts[rank + 1] <= position { rank += 1 }
                        let textEnd = starts[rank + 1]
                        if position + pattern.count <= textEnd, ByteSearch.matches(hay, at: position, pattern) {
                            found.append(rank)
                            position = textEnd
                        } else {
                            position += 1
                        }
                        position = ByteSearch.firstIndex(of: pattern[0], in: hay, from: position, to: end)
                    }
                }
            }
        }
        return found
    }

    /// The positions in `candidates` (ascending) whose text contains `needle`. Only those texts
    /// are read, front to back through memory.
    func ranks(_ candidates: [Int], containing needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return candidates }
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { pattern in
                    for rank in candidates where ByteSearch.contains(hay, from: starts[rank], to: starts[rank + 1], pattern) {
                        result.append(rank)
                    }
                }
            }
        }
        return result
    }
}
