import Foundation

/// The console needs a real terminal on both standard input and output, and a `TERM`.
enum TerminalRequirement {
    /// Throws a usage failure (exit 2) that says what is missing.
    static func check(environment: [String: String]) throws(CommandFailure) {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw .usage(
                "The console needs a terminal on standard input and output; for scripts use the subcommands "
                    + "(ocpbackup clusters, ability, strategy …), or run it with ssh -t.")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw .usage("TERM is \(term.isEmpty ? "not set" : "\"dumb\""); set it to your terminal's type, such as xterm-256color.")
        }
    }
}
