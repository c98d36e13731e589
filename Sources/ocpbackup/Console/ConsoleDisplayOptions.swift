import ArgumentParser

/// How the console looks and listens: `--mouse`, `--no-color`, `--theme`.
struct ConsoleDisplayOptions: ParsableArguments {
    @Flag(help: "Accept mouse clicks and the wheel.")
    var mouse = false

    @Flag(help: "No colours (the monochrome theme); also when NO_COLOR is set.")
    var noColor = false

    @Option(help: ArgumentHelp("Theme: auto, standard, 16 or mono (auto picks by NO_COLOR and the terminal's colours).", valueName: "name"))
    var theme: ConsoleThemeChoice = .auto
}
