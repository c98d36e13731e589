import ArgumentParser

/// `--output` for read commands.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Output format: table, json (OCP's data unchanged) or yaml.")
    var output: OutputFormat = .table
}
