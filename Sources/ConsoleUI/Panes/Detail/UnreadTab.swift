import ConsoleCore

/// A tab whose content this console does not read yet: one line that says so, no data.
enum UnreadTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        PaneText.wrapped("\(context.state.detailTab.title): not loaded yet.", role: .muted, width: context.width)
    }
}
