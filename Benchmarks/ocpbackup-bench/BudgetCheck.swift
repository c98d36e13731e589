/// One budget (Benchmarks/README.md) beside the figure measured for it.
struct BudgetCheck: Codable, Sendable {
    /// What is measured.
    let what: String
    /// The figure, as shown.
    let figure: String
    /// The budget, as Benchmarks/README.md states it.
    let budget: String
    /// Whether the figure meets the budget.
    let holds: Bool
}
