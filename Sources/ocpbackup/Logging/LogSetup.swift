import Foundation
import Logging

/// Points swift-log at the log file once per process.
enum LogSetup {
    /// Bootstraps logging to the chosen file, or to nowhere with `off`; a file that cannot be
    /// opened turns logging off rather than failing the command.
    static func bootstrap(_ options: LoggingOptions, environment: [String: String]) {
        guard options.logLevel != "off", let level = Logger.Level(rawValue: options.logLevel) else {
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
            return
        }
        let path = options.logFile ?? StatePaths.logFile(environment: environment)
        guard let handle = try? StatePaths.openForAppending(path) else {
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
            return
        }
        let sink = FileLogHandler.Sink(handle: handle)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: level) }
    }
}
