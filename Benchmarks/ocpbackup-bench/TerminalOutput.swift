/// The bytes a terminal child wrote, in chunks stamped with their arrival.
struct TerminalOutput: Sendable {
    /// Every byte so far.
    var bytes: [UInt8] = []
    /// The end offset and arrival of each chunk.
    var chunks: [(end: Int, at: ContinuousClock.Instant)] = []
    /// The terminal closed.
    var ended = false

    /// Adds a chunk.
    mutating func append(_ chunk: ArraySlice<UInt8>, at instant: ContinuousClock.Instant) {
        bytes += chunk
        chunks.append((bytes.count, instant))
    }

    /// When the first byte arrived.
    var firstArrival: ContinuousClock.Instant? { chunks.first?.at }

    /// When the last byte arrived.
    var lastArrival: ContinuousClock.Instant? { chunks.last?.at }

    /// When the chunk completing the first occurrence of `needle` arrived.
    func arrival(of needle: [UInt8]) -> ContinuousClock.Instant? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start] == needle[0], bytes[start..<start + needle.count].elementsEqual(needle) {
                let end = start + needle.count
                return chunks.first { $0.end >= end }?.at
            }
            start += 1
        }
        return nil
    }
}
