import Foundation

/// How figures are written in the tables.
enum ReportFormat {
    /// `1.23 ms`, or `0.045 ms` below a tenth.
    static func milliseconds(_ value: Double) -> String {
        value < 0.1 ? String(format: "%.3f ms", value) : value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
    }

    /// `12.3 MB`.
    static func megabytes(_ value: Double) -> String {
        String(format: "%.1f MB", value)
    }

    /// An optional duration, or `—`.
    static func milliseconds(_ value: Double?) -> String {
        value.map { milliseconds($0) } ?? "—"
    }

    /// `1.23×`.
    static func ratio(_ value: Double) -> String {
        String(format: "%.2f×", value)
    }

    /// `10,000`.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
