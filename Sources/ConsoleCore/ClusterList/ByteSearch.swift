import Foundation

/// Substring search over UTF-8 bytes: what the filter runs once per row, so it avoids
/// `String` comparison (grapheme breaking) entirely. UTF-8 is self-synchronizing, so a byte
/// match of two valid strings is a match of whole scalars.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack[start..<end]`.
    static func contains(
        _ haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ needle: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let length = needle.count
        guard length > 0 else { return true }
        let last = end - length
        guard start <= last else { return false }
        let first = needle[0]
        var position = firstIndex(of: first, in: haystack, from: start, to: last + 1)
        while position <= last {
            if matches(haystack, at: position, needle) { return true }
            position = firstIndex(of: first, in: haystack, from: position + 1, to: last + 1)
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` at `position` (which leaves room for all of it).
    static func matches(_ haystack: UnsafeBufferPointer<UInt8>, at position: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        var matched = 0
        while matched < needle.count, haystack[position + matched] == needle[matched] { matched += 1 }
        return matched == needle.count
    }

    /// The first position in `start..<end` holding `byte`, or `end` when there is none.
    static func firstIndex(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = haystack.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}
