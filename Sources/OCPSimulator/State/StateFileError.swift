/// Why the state file could not be used; the message names the file and the problem.
public struct StateFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong with it.
    public var problem: String

    /// Makes an error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// `The state file PATH …: PROBLEM`.
    public var description: String { "The state file \(path) cannot be used: \(problem). It was left unchanged." }
}
