import Foundation
import OCPAPI
import Yams

/// A JSON or YAML document given as input (`--file F`, `--file -`), read within its size limit
/// and parsed within `InputBounds`: nesting depth for both, and for YAML no anchors, aliases or
/// merge keys. Messages name the input, what is wrong and where, quoting one cut line at most.
enum InputDocument {
    /// The bytes of `path` (`-` for standard input), at most `limit`.
    /// - Throws: a usage failure naming the input and, past it, the limit.
    static func read(_ path: String, limit: InputLimit) throws(CommandFailure) -> [UInt8] {
        do {
            return path == "-" ? try BoundedInput.readStandardInput(limit: limit) : try BoundedInput.read(file: path, limit: limit)
        } catch {
            throw .usage(error.sentence)
        }
    }

    /// A request body file (`-` for standard input) within `InputLimit.requestBody`, and the
    /// name messages call it.
    static func requestBody(_ path: String) throws(CommandFailure) -> (bytes: [UInt8], name: String) {
        (try read(path, limit: .requestBody), path == "-" ? "standard input" : path)
    }

    /// The value of a JSON text (one whose first non-blank character is `{`) or a YAML text.
    /// - Throws: a usage failure that names `name`, the problem and its line and column.
    static func parse(_ bytes: [UInt8], name: String) throws(CommandFailure) -> JSONValue {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") ? try json(bytes, name: name) : try yaml(bytes, name: name)
    }

    private static func json(_ bytes: [UInt8], name: String) throws(CommandFailure) -> JSONValue {
        if let place = JSONNesting.firstExcess(in: bytes, limit: InputBounds.nestingDepth) {
            throw failure(name, "nests deeper than \(InputBounds.nestingDepth) levels, the limit", place.line, place.column, in: bytes)
        }
        do {
            return try JSONValue.parse(bytes)
        } catch {
            let place = JSONSyntaxPlace.of(bytes)
            throw failure(name, "is not valid JSON", place?.line ?? 0, place?.column ?? 0, in: bytes)
        }
    }

    private static func yaml(_ bytes: [UInt8], name: String) throws(CommandFailure) -> JSONValue {
        do {
            try YAMLEventScan.check(bytes, policy: .requestBody)
        } catch {
            throw failure(name, error.problem, error.line, error.column, advice: error.advice, in: bytes)
        }
        do {
            return try YAMLBridge.json(fromYAML: String(decoding: bytes, as: UTF8.self))
        } catch {
            let place = YAMLErrorText.describe(error)
            throw failure(name, place.problem, place.line, place.column, in: bytes)
        }
    }

    /// `NAME PROBLEM (line L, column C); ADVICE.` and the excerpt of that line.
    static func failure(
        _ name: String, _ problem: String, _ line: Int, _ column: Int, advice: String? = nil, in bytes: [UInt8]
    ) -> CommandFailure {
        let place = line > 0 ? " (line \(line), column \(column))" : ""
        let excerpt = InputExcerpt.lines(line: line, column: column, in: bytes)
        return .usage(([name + " " + problem + place + (advice.map { "; " + $0 } ?? "") + "."] + excerpt).joined(separator: "\n"))
    }
}
