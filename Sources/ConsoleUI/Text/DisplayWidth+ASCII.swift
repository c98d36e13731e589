extension DisplayWidth {
    /// Whether every byte is ASCII: then each byte is a grapheme of its own (CR LF aside), one
    /// cell wide when printable and none when a control character.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The cells an all-ASCII `text` occupies (its printable bytes); `nil` for other text.
    static func asciiWidth(of text: String) -> Int? {
        let width = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var total = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x20, byte != 0x7F { total += 1 }
            }
            return total
        }
        return width ?? nil
    }

    /// The longest leading part of an all-ASCII `text` at most `width` cells wide; `nil` for
    /// other text.
    static func asciiPrefix(of text: String, fitting width: Int) -> String? {
        let prefix = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard isASCII(bytes) else { return nil }
            var used = 0
            var count = 0
            while count < bytes.count {
                let cells = bytes[count] >= 0x20 && bytes[count] != 0x7F ? 1 : 0
                if used + cells > width { break }
                used += cells
                count += 1
            }
            return count == bytes.count ? text : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
        }
        return prefix ?? nil
    }
}
