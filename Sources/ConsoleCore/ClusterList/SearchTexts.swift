/// Every row's search text in one contiguous byte array, by row index: the filter scans plain
/// bytes through one buffer pointer, with no per-row array to retain and release.
///
/// Row `i`'s text is `bytes[offsets[i]..<offsets[i + 1]]`.
struct SearchTexts: Equatable, Sendable {
    /// The texts, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each row's text starts, and one past the end of the last.
    private(set) var offsets: [Int] = [0]

    /// No texts.
    init() {}

    /// How many rows have a text.
    var count: Int { offsets.count - 1 }

    /// Adds the text of the next row.
    mutating func append(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        offsets.append(bytes.count)
    }

    /// Forgets every text.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        offsets.append(0)
    }

    /// The text of `row`.
    func text(ofRow row: Int) -> ArraySlice<UInt8> {
        bytes[offsets[row]..<offsets[row + 1]]
    }

    /// One flag per row: whether its text contains `needle`. One pass over all the bytes,
    /// jumping from one occurrence of the needle's first byte to the next.
    func rowsContaining(_ needle: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: needle.isEmpty, count: count)
        guard !needle.isEmpty else { return found }
        bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { pattern in
                    found.withUnsafeMutableBufferPointer { flags in
                        let end = hay.count
                        var row = 0
                        var position = ByteSearch.firstIndex(of: pattern[0], in: hay, from: 0, to: end)
                        while position < end {
                            while starts[row + 1] <= position { row += 1 }
                            let rowEnd = starts[row + 1]
                            if position + pattern.count <= rowEnd, ByteSearch.matches(hay, at: position, pattern) {
                                flags[row] = true
                                position = rowEnd
                            } else {
                                position += 1
                            }
                            position = ByteSearch.firstIndex(of: pattern[0], in: hay, from: position, to: end)
                        }
                    }
                }
            }
        }
        return found
    }

    /// The ranks in `ranks` (ascending) whose row (`order[rank]`) has a text containing `needle`.
    /// Only those rows' texts are read: in row order (through memory in sequence) when they are
    /// many, else one by one in rank order.
    func ranks(_ ranks: [Int], order: [Int], containing needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return ranks }
        return ranks.count * 8 >= count
            ? ranksReadInRowOrder(ranks, order: order, containing: needle) : ranksReadInRankOrder(ranks, order: order, containing: needle)
    }

    /// ``ranks(_:order:containing:)`` reading each candidate's text in rank order.
    func ranksReadInRankOrder(_ ranks: [Int], order: [Int], containing needle: [UInt8]) -> [Int] {
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { starts in
                order.withUnsafeBufferPointer { rows in
                    needle.withUnsafeBufferPointer { pattern in
                        for rank in ranks {
                            let row = rows[rank]
                            if ByteSearch.contains(hay, from: starts[row], to: starts[row + 1], pattern) { result.append(rank) }
                        }
                    }
                }
            }
        }
        return result
    }

    /// ``ranks(_:order:containing:)`` marking the candidates' rows, then reading their texts in
    /// row order: the bytes are read front to back instead of at random.
    func ranksReadInRowOrder(_ ranks: [Int], order: [Int], containing needle: [UInt8]) -> [Int] {
        let candidate: UInt8 = 1
        let match: UInt8 = 2
        var marks = [UInt8](repeating: 0, count: count)
        var result: [Int] = []
        result.reserveCapacity(ranks.count)
        bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { starts in
                order.withUnsafeBufferPointer { rows in
                    needle.withUnsafeBufferPointer { pattern in
                        marks.withUnsafeMutableBufferPointer { mark in
                            for rank in ranks { mark[rows[rank]] = candidate }
                            for row in 0..<mark.count where mark[row] == candidate {
                                if ByteSearch.contains(hay, from: starts[row], to: starts[row + 1], pattern) { mark[row] = match }
                            }
                            for rank in ranks where mark[rows[rank]] == match { result.append(rank) }
                        }
                    }
                }
            }
        }
        return result
    }
}
