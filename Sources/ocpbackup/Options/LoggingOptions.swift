import ArgumentParser
import Logging

/// `--log-level` and `--log-file`: request lines with timing and traceId, never secrets.
struct LoggingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Log level: trace, debug, info, notice, warning, error, critical or off.", valueName: "level"))
    var logLevel: String = "info"

    @Option(help: ArgumentHelp("Log file (default $XDG_STATE_HOME/ocpbackup/ocpbackup.log).", valueName: "file"))
    var logFile: String?

    func validate() throws {
        if logLevel != "off", Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning, error, critical or off.")
        }
    }
}
