extension DisplayWidth {
    /// `text` shortened to at most `width` cells, ending in `ellipsis` when anything was cut.
    ///
    /// A wide character that would not fit whole is left out, so the result may be one cell
    /// narrower than `width`; use ``pad(_:toWidth:)`` for an exact width.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        let ellipsisWidth = self.width(of: ellipsis)
        guard ellipsisWidth <= width else { return prefix(of: ellipsis, fitting: width) }
        return prefix(of: text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// `text` made exactly `width` cells wide: cut (without an ellipsis) when longer, filled
    /// with spaces on the right when shorter.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let fitted = prefix(of: text, fitting: width)
        let missing = width - self.width(of: fitted)
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }

    /// The longest leading part of `text` whose width is at most `width`.
    public static func prefix(of text: String, fitting width: Int) -> String {
        asciiPrefix(of: text, fitting: width) ?? graphemePrefix(of: text, fitting: width)
    }

    /// What ``prefix(of:fitting:)`` gives for any text, one grapheme at a time.
    static func graphemePrefix(of text: String, fitting width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let characterWidth = self.width(of: character)
            if used + characterWidth > width { break }
            used += characterWidth
            result.append(character)
        }
        return result
    }

    /// The longest trailing part of `text` whose width is at most `width`.
    public static func suffix(of text: String, fitting width: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let characterWidth = self.width(of: text[previous])
            if used + characterWidth > width { break }
            used += characterWidth
            start = previous
        }
        return String(text[start...])
    }
}
