import ArgumentParser
import ConsoleUI
import Localization

/// `ocpbackup keys`: prints the console's key reference as Markdown, from the key map that
/// dispatches the keys (the README's tables are this output in English and, with
/// `--lang zh-CN`, in Chinese, checked by a test).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the console's key reference as Markdown.", shouldDisplay: false)

    @Option(help: ArgumentHelp("Language of the reference: en-US (the default) or zh-CN.", valueName: "lang"))
    var lang: String?

    func validate() throws {
        if let lang, Language(tag: lang) == nil { throw ValidationError("--lang must be en-US or zh-CN, not '\(lang)'.") }
    }

    func run() {
        print(KeyMap.standard.markdownReference(in: lang.flatMap(Language.init(tag:)) ?? .english), terminator: "")
    }
}
