import ConsoleUI
import OCPAPI

/// `Label:  value` lines with the values aligned, for one object.
struct FieldList {
    private var entries: [(label: String, value: String)] = []

    /// Adds a field; the value is sanitized.
    mutating func add(_ label: String, _ value: String?) {
        entries.append((label, TextSanitizer.singleLine(value ?? "-")))
    }

    /// Adds a section heading; it is sanitized.
    mutating func section(_ title: String) {
        entries.append((TextSanitizer.singleLine(title), "\u{0}"))
    }

    /// The lines.
    func render() -> String {
        let width = entries.filter { $0.value != "\u{0}" }.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
        return entries.map { entry in
            entry.value == "\u{0}" ? entry.label : "  " + DisplayWidth.pad(entry.label + ":", toWidth: width + 1) + " " + entry.value
        }.joined(separator: "\n")
    }
}
