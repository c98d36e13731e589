import ConsoleUI
import OCPAPI

/// Metrics in Prometheus's text exposition format (0.0.4), as node_exporter's textfile
/// collector reads them: per family a `# HELP` and a `# TYPE` line, then its samples; label
/// values made safe to print (no control character, at most `labelWidth` cells) and escaped
/// (`\\`, `\"`, `\n`).
struct PrometheusText {
    /// The widest label value, in terminal cells (a cluster name may be thousands of characters).
    static let labelWidth = 200

    /// One sample of a family.
    struct Sample {
        var labels: [(name: String, value: String)]
        var value: Double
    }

    /// A metric family: one name, its help, its type, its samples.
    struct Family {
        var name: String
        var help: String
        var type = "gauge"
        var samples: [Sample] = []
    }

    /// The families, in the order written.
    var families: [Family]

    /// The text, ending with a newline.
    func render() -> String {
        var lines: [String] = []
        for family in families {
            lines.append("# HELP \(family.name) \(Self.escapeHelp(family.help))")
            lines.append("# TYPE \(family.name) \(family.type)")
            for sample in family.samples {
                let labels = sample.labels.map { "\($0.name)=\"\(Self.escapeLabel($0.value))\"" }.joined(separator: ",")
                lines.append(family.name + (labels.isEmpty ? "" : "{\(labels)}") + " " + Self.value(sample.value))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A label value: control characters replaced, cut to `labelWidth`, `\`, `"` and newlines escaped.
    static func escapeLabel(_ text: String) -> String {
        let safe = DisplayWidth.truncate(TextSanitizer.singleLine(text), toWidth: labelWidth)
        return safe.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Help text: `\` and newlines escaped.
    static func escapeHelp(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// `42`, `0.25`, `NaN`, `+Inf`.
    static func value(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number > 0 ? "+Inf" : "-Inf" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
