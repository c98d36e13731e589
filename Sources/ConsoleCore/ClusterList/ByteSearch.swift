/// Substring search over UTF-8 bytes: what the filter runs once per row, so it avoids
/// `String` comparison (grapheme breaking) entirely. UTF-8 is self-synchronizing, so a byte
/// match of two valid strings is a match of whole scalars.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let length = needle.count
        guard length > 0 else { return true }
        guard length <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                var start = 0
                let last = hay.count - length
                while start <= last {
                    if hay[start] == first {
                        var matched = 1
                        while matched < length, hay[start + matched] == pattern[matched] { matched += 1 }
                        if matched == length { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
