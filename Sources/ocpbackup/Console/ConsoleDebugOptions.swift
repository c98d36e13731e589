import ArgumentParser

/// Hidden options of the console for tests only (not in `--help` nor the man page).
struct ConsoleDebugOptions: ParsableArguments {
    /// `--debug-crash trap|abort|segfault|bus|fpe`: die that way once the first frame is drawn.
    @Option(help: .hidden) var debugCrash: DebugCrash?
}
