import ArgumentParser
import ConsoleUI

/// `ocpbackup keys`: prints the console's key reference as Markdown, from the key map that
/// dispatches the keys (the README's table is this output, checked by a test).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the console's key reference as Markdown.", shouldDisplay: false)

    func run() {
        print(KeyMap.standard.markdownReference(), terminator: "")
    }
}
