import ArgumentParser

/// `--yes` and `--dry-run`, which every change to OCP takes.
struct MutationOptions: ParsableArguments {
    @Flag(help: "Do not ask for confirmation (needed when standard input is not a terminal).")
    var yes = false

    @Flag(help: "Print the method, path and exact body that would be sent (secrets masked); send nothing.")
    var dryRun = false
}
