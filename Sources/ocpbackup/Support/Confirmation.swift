import Foundation
import OCPAPI

/// Asking before a change: the question goes to standard error, the answer comes from standard
/// input, and a script without a terminal must say `--yes` rather than be asked.
enum Confirmation {
    /// Refuses early, before anything is sent, when no one could answer: `--yes` was not given
    /// and standard input is not a terminal.
    static func requireAnswerable(yes: Bool, action: String) throws(CommandFailure) {
        if !yes, isatty(STDIN_FILENO) == 0 {
            throw .usage("Refusing to \(action) without --yes when standard input is not a terminal (nobody can confirm); nothing was sent.")
        }
    }

    /// Whether the person agrees to `question` (`y` or `yes`, in any case); anything else, or
    /// the end of input, is no.
    static func ask(_ question: String) -> Bool {
        FileHandle.standardError.write(Data("\(question) [y/N] ".utf8))
        let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "y" || answer == "yes"
    }

    /// Asks unless `yes`; a no ends the command with exit 2 and nothing sent.
    static func confirm(_ question: String, yes: Bool, declined: String) throws(CommandFailure) {
        if yes { return }
        guard ask(question) else { throw .usage("\(declined) Nothing was sent.") }
    }

    /// Asks the person to type `expected` (unless `yes`), after `question`; anything else, or
    /// the end of input, ends the command with exit 2 and nothing sent.
    static func confirmTyping(_ expected: String, what: String, question: String, yes: Bool, declined: String) throws(CommandFailure) {
        if yes { return }
        FileHandle.standardError.write(Data("\(question)\nType \(what) (\(expected)) to confirm: ".utf8))
        let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) ?? ""
        guard answer == expected else {
            let typed = answer.isEmpty ? "nothing" : "'\(TextSanitizer.singleLine(String(answer.prefix(100))))'"
            throw .usage("You typed \(typed), not '\(expected)'. \(declined) Nothing was sent.")
        }
    }
}
