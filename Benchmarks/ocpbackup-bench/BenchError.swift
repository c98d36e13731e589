/// A benchmark that could not run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// An error saying `description`.
    init(_ description: String) {
        self.description = description
    }
}
