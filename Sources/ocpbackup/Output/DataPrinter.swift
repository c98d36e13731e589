import Foundation
import OCPAPI

/// Prints OCP data as JSON (bytes unchanged) or YAML.
enum DataPrinter {
    /// Writes `raw` JSON, or its YAML form, to standard output.
    static func print(raw: some Collection<UInt8>, format: OutputFormat) throws(CommandFailure) {
        switch format {
        case .json, .table:
            FileHandle.standardOutput.write(Data(raw) + Data("\n".utf8))
        case .yaml:
            do {
                let value = try JSONValue.parse(raw)
                FileHandle.standardOutput.write(Data(try YAMLBridge.yaml(from: value).utf8))
            } catch {
                throw CommandFailure(message: "error: OCP's answer could not be turned into YAML: \(error)", exitCode: 1)
            }
        }
    }
}
