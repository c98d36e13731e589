/// Short, readable text for a `DecodingError`: what was wrong and where.
package enum DecodingErrorText {
    /// `expected Int at data.contents[3].id`, and so on; never the input itself.
    package static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable data" }
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(type) at \(path(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "missing \(type) at \(path(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing field '\(InputExcerpt.clipped(key.stringValue))' at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "invalid value at \(path(context.codingPath))"
        @unknown default:
            return "unreadable JSON"
        }
    }

    /// `a.b[2].c` for a coding path, each key cut to a short excerpt.
    package static func path(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return "the top level" }
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + InputExcerpt.clipped(key.stringValue)
            }
        }
        return text
    }
}
