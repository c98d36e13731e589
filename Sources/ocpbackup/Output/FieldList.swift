import ConsoleUI
import OCPAPI

/// `Label:  value` lines with the values aligned, for one object.
struct FieldList {
    private enum Entry {
        case field(String, String)
        case continuation(String)
        case section(String)
    }

    private var entries: [Entry] = []

    /// Adds a field; the value is sanitized.
    mutating func add(_ label: String, _ value: String?) {
        entries.append(.field(label, TextSanitizer.singleLine(value ?? "-")))
    }

    /// Adds a value under the previous field's, without a label; it is sanitized.
    mutating func continuation(_ value: String) {
        entries.append(.continuation(TextSanitizer.singleLine(value)))
    }

    /// Adds a section heading; it is sanitized.
    mutating func section(_ title: String) {
        entries.append(.section(TextSanitizer.singleLine(title)))
    }

    /// The lines.
    func render() -> String {
        let width =
            entries.compactMap { entry -> Int? in
                if case .field(let label, _) = entry { return DisplayWidth.width(of: label) }
                return nil
            }.max() ?? 0
        return entries.map { entry in
            switch entry {
            case .section(let title): title
            case .field(let label, let value): "  " + DisplayWidth.pad(label + ":", toWidth: width + 1) + " " + value
            case .continuation(let value): "  " + String(repeating: " ", count: width + 2) + value
            }
        }.joined(separator: "\n")
    }
}
