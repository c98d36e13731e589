import Foundation

/// Why an input could not be read; the message names the input and, past a limit, the limit.
package struct InputReadError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// What went wrong.
    package enum Problem: Sendable, Hashable {
        /// The file does not exist.
        case missing
        /// The path is a directory.
        case directory
        /// The system refused (the reason as `strerror` gives it).
        case unreadable(String)
        /// More bytes than the limit allows.
        case tooLarge(InputLimit)
    }

    /// The input: "the file bomb.yaml", "standard input".
    package var source: String
    /// What went wrong.
    package var problem: Problem

    /// Makes an error.
    package init(source: String, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    /// `the file x.yaml is larger than 1 MiB, the limit for a request body`.
    package var description: String {
        switch problem {
        case .missing: "\(source) does not exist"
        case .directory: "\(source) is a directory"
        case .unreadable(let reason): "\(source) cannot be read (\(reason))"
        case .tooLarge(let limit): "\(source) is larger than \(limit.sizeText), the limit for \(limit.what)"
        }
    }

    /// The description as a sentence: capitalized, with a full stop.
    package var sentence: String { description.prefix(1).uppercased() + description.dropFirst() + "." }

    /// The sentence, for `localizedDescription`.
    package var errorDescription: String? { sentence }
}
