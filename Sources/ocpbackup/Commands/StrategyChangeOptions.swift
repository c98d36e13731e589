import ArgumentParser

/// The options create and modify share.
struct StrategyChangeOptions: ParsableArguments {
    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Option(name: [.short, .long], help: ArgumentHelp("The OCP request body as JSON or YAML ('-' reads standard input).", valueName: "file"))
    var file: String

    @Flag(help: "Validate and print the method, path and exact body (secrets masked); send nothing.")
    var dryRun = false
}
