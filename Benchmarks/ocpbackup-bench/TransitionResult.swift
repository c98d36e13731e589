/// Bytes written to the terminal by one transition of the real console.
struct TransitionResult: Codable, Sendable {
    /// What changed.
    let transition: String
    /// Terminal size, columns×rows.
    let size: String
    /// Bytes ncurses wrote.
    let bytes: Int
    /// UTF-8 bytes of the text of the cells that changed: the least any terminal needs.
    let minimumBytes: Int
    /// Display width of the visible text of the rows that changed.
    let changedRowsText: Int
    /// The most the budget allows.
    let budgetBytes: Int
    /// How the budget is set.
    let budgetRule: String

    /// Whether the transition stayed within its budget.
    var withinBudget: Bool { bytes <= budgetBytes }
}
