/// What an input box shows of a text that may be wider than the box.
enum InputBox {
    /// `text` within `room` cells: whole when it fits; otherwise its end after an ellipsis
    /// (`showingEnd`, where typing happens) or its start before one.
    static func visible(_ text: String, room: Int, showingEnd: Bool) -> String {
        guard DisplayWidth.width(of: text) > room else { return text }
        guard showingEnd else { return DisplayWidth.truncate(text, toWidth: room) }
        return "…" + DisplayWidth.suffix(of: text, fitting: room - 1)
    }
}
