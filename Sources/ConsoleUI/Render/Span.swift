/// A piece of text with its role and style, for lines made of several parts.
struct Span: Sendable, Hashable {
    /// The text.
    var text: String
    /// Its role.
    var role: Role
    /// Its style.
    var style: Style

    /// Makes a span.
    init(_ text: String, _ role: Role = .normal, style: Style = []) {
        self.text = text
        self.role = role
        self.style = style
    }

    /// The cells the span takes.
    var width: Int { DisplayWidth.width(of: text) }
}
