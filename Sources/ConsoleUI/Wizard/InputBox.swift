/// What an input box shows of a text that may be wider than the box.
enum InputBox {
    /// `text` within `room` cells: whole when it fits; otherwise its end after an ellipsis
    /// (`showingEnd`, where typing happens) or its start before one.
    static func visible(_ text: String, room: Int, showingEnd: Bool) -> String {
        guard DisplayWidth.width(of: text) > room else { return text }
        guard showingEnd else { return DisplayWidth.truncate(text, toWidth: room) }
        return "…" + DisplayWidth.suffix(of: text, fitting: room - 1)
    }

    /// `text` in a bracketed box fitting `room` cells: a cursor mark and the end shown while
    /// `focused`, underlined otherwise.
    static func spans(_ text: String, focused: Bool, room: Int) -> [Span] {
        let boxWidth = min(max(4, room - 2), max(12, DisplayWidth.width(of: text) + 1))
        let box = DisplayWidth.pad(visible(text + (focused ? "_" : ""), room: boxWidth, showingEnd: focused), toWidth: boxWidth)
        return [Span("[", .muted), Span(box, focused ? .input : .normal, style: focused ? [] : .underline), Span("]", .muted)]
    }
}
