import ConsoleCore

/// A tab whose content this console does not read yet: one line that says so, no data.
enum UnreadTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        PaneText.wrapped(
            context.language.pick(
                "\(context.state.detailTab.title.english): not loaded yet.", "\(context.state.detailTab.title.chinese)：尚未加载。"), role: .muted,
            width: context.width)
    }
}
