import Foundation

/// A strict reader of Prometheus's text exposition format (0.0.4), for checking what
/// `health --output prometheus` writes: every line is a `# HELP`, a `# TYPE` or a sample; a
/// family's HELP and TYPE come once, before its samples, which stand together; names and label
/// names are valid; label values use only the `\\`, `\"` and `\n` escapes; values are numbers
/// (or `NaN`, `+Inf`, `-Inf`); no series repeats; the text ends with a newline.
struct PrometheusExposition {
    /// One sample.
    struct Sample: Equatable {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    /// A line the format does not allow, with its number.
    struct Violation: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "line \(line): \(reason)" }
    }

    /// Each family's help, by name.
    private(set) var help: [String: String] = [:]
    /// Each family's type, by name.
    private(set) var types: [String: String] = [:]
    /// Every sample, in order.
    private(set) var samples: [Sample] = []

    /// The samples of family `name`.
    func samples(of name: String) -> [Sample] { samples.filter { $0.name == name } }

    static let metricName = #"^[a-zA-Z_:][a-zA-Z0-9_:]*$"#
    static let labelName = #"^[a-zA-Z_][a-zA-Z0-9_]*$"#
    static let allowedTypes: Set<String> = ["counter", "gauge", "histogram", "summary", "untyped"]

    /// Parses `text`.
    /// - Throws: the first `Violation`.
    init(parsing text: String) throws {
        guard text.hasSuffix("\n") else { throw Violation(line: 0, reason: "the text does not end with a newline") }
        var finished: Set<String> = []
        var current: String?
        var series: Set<String> = []
        for (index, line) in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            func fail(_ reason: String) -> Violation { Violation(line: number, reason: reason) }
            if line.hasPrefix("#") {
                let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                guard parts.count >= 3, parts[0] == "#", ["HELP", "TYPE"].contains(parts[1]) else {
                    throw fail("a comment that is neither HELP nor TYPE")
                }
                let name = parts[2]
                guard name.range(of: Self.metricName, options: .regularExpression) != nil else { throw fail("bad metric name '\(name)'") }
                guard !finished.contains(name) else { throw fail("\(name) is described again after its samples ended") }
                if current != name, let current { finished.insert(current) }
                current = name
                if parts[1] == "HELP" {
                    guard help[name] == nil else { throw fail("a second HELP for \(name)") }
                    let value = parts.count > 3 ? parts[3] : ""
                    guard Self.validEscapes(value, allowQuote: false) else { throw fail("bad escape in HELP of \(name)") }
                    help[name] = value
                } else {
                    guard types[name] == nil else { throw fail("a second TYPE for \(name)") }
                    guard samples.allSatisfy({ $0.name != name }) else { throw fail("TYPE of \(name) after its samples") }
                    guard parts.count == 4, Self.allowedTypes.contains(parts[3]) else { throw fail("bad TYPE line for \(name)") }
                    types[name] = parts[3]
                }
                continue
            }
            guard !line.isEmpty else { throw fail("an empty line") }
            let sample = try Self.sample(String(line), fail: fail)
            if current != sample.name {
                if let current { finished.insert(current) }
                guard !finished.contains(sample.name) else { throw fail("samples of \(sample.name) do not stand together") }
                current = sample.name
            }
            let key = sample.name + "{" + sample.labels.keys.sorted().map { "\($0)=\(sample.labels[$0] ?? "")" }.joined(separator: ",") + "}"
            guard series.insert(key).inserted else { throw fail("the series \(key) repeats") }
            samples.append(sample)
        }
    }

    /// One sample line: `name{label="value",…} value`.
    static func sample(_ line: String, fail: (String) -> Violation) throws -> Sample {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index] != "{", characters[index] != " " { index += 1 }
        let name = String(characters[0..<index])
        guard name.range(of: metricName, options: .regularExpression) != nil else { throw fail("bad metric name '\(name)'") }
        var labels: [String: String] = [:]
        if index < characters.count, characters[index] == "{" {
            index += 1
            while index < characters.count, characters[index] != "}" {
                var labelEnd = index
                while labelEnd < characters.count, characters[labelEnd] != "=" { labelEnd += 1 }
                let label = String(characters[index..<labelEnd])
                guard label.range(of: labelName, options: .regularExpression) != nil else { throw fail("bad label name '\(label)'") }
                guard labelEnd + 1 < characters.count, characters[labelEnd + 1] == "\"" else { throw fail("label \(label) has no quoted value") }
                var cursor = labelEnd + 2
                var value = ""
                while cursor < characters.count, characters[cursor] != "\"" {
                    if characters[cursor] == "\\" {
                        guard cursor + 1 < characters.count else { throw fail("a lone backslash") }
                        switch characters[cursor + 1] {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: throw fail("escape \\\(characters[cursor + 1]) in label \(label)")
                        }
                        cursor += 2
                    } else {
                        value.append(characters[cursor])
                        cursor += 1
                    }
                }
                guard cursor < characters.count else { throw fail("label \(label)'s value is not closed") }
                guard labels.updateValue(value, forKey: label) == nil else { throw fail("label \(label) given twice") }
                index = cursor + 1
                if index < characters.count, characters[index] == "," { index += 1 }
            }
            guard index < characters.count else { throw fail("labels are not closed") }
            index += 1
        }
        guard index < characters.count, characters[index] == " " else { throw fail("no space before the value") }
        let rest = String(characters[(index + 1)...]).split(separator: " ")
        guard (1...2).contains(rest.count) else { throw fail("not `value [timestamp]`") }
        let text = String(rest[0])
        let value: Double
        switch text {
        case "NaN": value = .nan
        case "+Inf": value = .infinity
        case "-Inf": value = -.infinity
        default:
            guard text.range(of: #"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"#, options: .regularExpression) != nil, let number = Double(text)
            else { throw fail("'\(text)' is not a number") }
            value = number
        }
        if rest.count == 2, Int64(rest[1]) == nil { throw fail("the timestamp is not an integer") }
        return Sample(name: name, labels: labels, value: value)
    }

    /// Whether every backslash in `text` starts an allowed escape.
    static func validEscapes(_ text: String, allowQuote: Bool) -> Bool {
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else { continue }
            switch characters.next() {
            case "\\"?, "n"?: continue
            case "\""? where allowQuote: continue
            default: return false
            }
        }
        return true
    }
}
