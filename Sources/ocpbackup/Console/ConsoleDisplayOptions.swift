import ArgumentParser
import ConsoleCore

/// How the console looks, listens and reads in the background: `--mouse`, `--no-color`,
/// `--theme`, `--health-refresh`, `--health-concurrency`.
struct ConsoleDisplayOptions: ParsableArguments {
    @Flag(help: "Accept mouse clicks and the wheel.")
    var mouse = false

    @Flag(help: "No colours (the monochrome theme); also when NO_COLOR is set.")
    var noColor = false

    @Option(help: ArgumentHelp("Theme: auto, standard, 16 or mono (auto picks by NO_COLOR and the terminal's colours).", valueName: "name"))
    var theme: ConsoleThemeChoice = .auto

    @Option(help: ArgumentHelp("Scan the fleet's health again this many seconds after a scan ends (0: only on r).", valueName: "seconds"))
    var healthRefresh = 300

    @Option(help: ArgumentHelp("Clusters the health scan reads at once (0: no health column).", valueName: "n"))
    var healthConcurrency = HealthScanSettings.defaultConcurrency

    /// The health scan's settings these options give.
    var healthSettings: HealthScanSettings {
        HealthScanSettings(concurrency: healthConcurrency, refreshInterval: healthRefresh > 0 ? .seconds(healthRefresh) : nil)
    }
}
