import OCPAPI
import Yams

/// A Yams error as a short clause and the place it names, never Yams' own description (which
/// quotes the whole input for some errors).
enum YAMLErrorText {
    /// `is not valid YAML: did not find expected key`, line 3, column 1 (line 0 when unknown).
    static func describe(_ error: any Error) -> (problem: String, line: Int, column: Int) {
        guard let error = error as? YamlError else { return ("is not valid YAML", 0, 0) }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ("is not valid YAML: \(InputExcerpt.clipped(problem))", mark.line, mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = InputExcerpt.list(duplicates.map { "'\($0)'" })
            return ("repeats the key\(duplicates.count == 1 ? "" : "s") \(keys)", context.mark.line, context.mark.column)
        case .reader(let problem, _, _, _):
            return ("is not valid UTF-8 text (\(InputExcerpt.clipped(problem)))", 0, 0)
        default:
            return ("is not valid YAML", 0, 0)
        }
    }
}
