import Foundation
import Testing

/// The documentation names only what exists: every ``symbol`` of the DocC pages and every type,
/// member, call and argument label of their code blocks is declared in `Sources`, and every
/// repository path that `ARCHITECTURE.md` and `CONTRIBUTING.md` name is there. (DocC itself
/// cannot run offline here; this reads the same text.)
@Suite struct DocumentationSymbolTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized

    @Test func everyDocCSymbolIsDeclared() throws {
        let index = try SourceIndex(root: Self.root)
        let pages = try Self.files(under: "Sources", ending: ".md").filter { $0.contains(".docc/") }
        #expect(!pages.isEmpty)
        for page in pages {
            let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
            for reference in Self.matches(of: "(?<!`)``([^`\\n]+)``(?!`)", in: text) where !index.resolves(symbolPath: reference) {
                Issue.record("\(page): ``\(reference)`` names nothing in Sources")
            }
            for block in Self.matches(of: "```swift\\n([\\s\\S]*?)```", in: text) {
                for missing in index.undeclaredNames(inCode: block) {
                    Issue.record("\(page): the code block uses `\(missing)`, which Sources does not declare")
                }
            }
        }
    }

    @Test func everyPathTheGuidesNameExists() throws {
        for guide in ["ARCHITECTURE.md", "CONTRIBUTING.md"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent(guide), encoding: .utf8)
            let paths = Self.matches(of: "`((?:Sources|Tests|Benchmarks|docs|scripts)/[^`*{}<> ]+)`", in: text)
            #expect(!paths.isEmpty, "\(guide) names no file")
            for path in paths where !path.contains("…") {
                let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(trimmed).path), "\(guide): `\(path)` does not exist")
            }
        }
    }

    /// Paths below `folder` (relative to the root) whose names end with `suffix`.
    static func files(under folder: String, ending suffix: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        let walker = FileManager.default.enumerator(atPath: base.path)
        var found: [String] = []
        while let next = walker?.nextObject() as? String {
            if next.hasSuffix(suffix) { found.append(folder + "/" + next) }
        }
        return found.sorted()
    }

    /// The first capture group of every match of `pattern`.
    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// The names `Sources` declares, read from the Swift text.
struct SourceIndex {
    private var declared: Set<String> = []
    private var labels: Set<String> = []
    private var signatures: [String: [[String]]] = [:]
    private var modules: Set<String> = []
    /// Swift's own names a page may use.
    private static let swift: Set<String> = ["Void"]

    init(root: URL) throws {
        modules = Set(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path))
        for file in try DocumentationSymbolTests.files(under: "Sources", ending: ".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let kinds = "func|var|let|case|struct|class|enum|protocol|typealias|actor|associatedtype"
            declared.formUnion(DocumentationSymbolTests.matches(of: "\\b(?:\(kinds))\\s+`?(\\w+)", in: text))
            labels.formUnion(DocumentationSymbolTests.matches(of: "[(,]\\s*(\\w+)(?:\\s+\\w+)?\\s*:", in: text))
            for (name, parameters) in Self.signatures(in: text) { signatures[name, default: []].append(parameters) }
        }
        declared.formUnion(signatures.keys)
    }

    /// Whether a DocC path (`Type/member(label:other:)`, a module first or not) is declared.
    func resolves(symbolPath: String) -> Bool {
        symbolPath.split(separator: "/").allSatisfy { part in
            let component = String(part)
            guard let open = component.firstIndex(of: "(") else { return declared.contains(component) || modules.contains(component) }
            let name = String(component[..<open])
            let wanted = component[component.index(after: open)...].dropLast().split(separator: ":").map(String.init)
            return signatures[name, default: []].contains { $0 == wanted }
        }
    }

    /// The types, members, calls and labels of `code` that nothing in `Sources` declares.
    func undeclaredNames(inCode code: String) -> [String] {
        let uncommented = code.split(separator: "\n").map { line in line.components(separatedBy: "//")[0] }.joined(separator: "\n")
        let types = DocumentationSymbolTests.matches(of: "\\b([A-Z]\\w*)\\b", in: uncommented)
        let members = DocumentationSymbolTests.matches(of: "\\.([a-z]\\w*)", in: uncommented)
        let calls = DocumentationSymbolTests.matches(of: "\\b([a-z]\\w*)\\(", in: uncommented)
        let bindings = try! NSRegularExpression(pattern: "\\b(?:let|var)\\s+\\w+\\s*:")
        let unbound = bindings.stringByReplacingMatches(
            in: uncommented, range: NSRange(uncommented.startIndex..., in: uncommented), withTemplate: "")
        let used = DocumentationSymbolTests.matches(of: "\\b([a-z]\\w*):", in: unbound)
        var missing = (types + members + calls).filter { !declared.contains($0) && !Self.swift.contains($0) }
        missing += used.filter { !labels.contains($0) }
        for call in Self.calls(in: unbound) where !call.labels.isEmpty {
            let candidates = call.name.first?.isUppercase == true ? signatures["init", default: []] : signatures[call.name, default: []]
            let matches = candidates.contains { Set(call.labels).isSubset(of: Set($0)) }
            // `.name(label:)` may also be an enum case with associated values.
            if !matches && !(call.implicitMember && declared.contains(call.name)) {
                missing.append("\(call.name)(\(call.labels.map { $0 + ":" }.joined()))")
            }
        }
        return Array(Set(missing)).sorted()
    }

    /// Every call in `code` with the labels of its own arguments (not those of nested calls).
    private static func calls(in code: String) -> [(name: String, labels: [String], implicitMember: Bool)] {
        let expression = try! NSRegularExpression(pattern: "(\\.?)\\b([A-Za-z_]\\w*)\\(")
        let string = code as NSString
        let units = Array(code.utf16)
        var found: [(name: String, labels: [String], implicitMember: Bool)] = []
        for match in expression.matches(in: code, range: NSRange(location: 0, length: string.length)) {
            let name = string.substring(with: match.range(at: 2))
            let dotted = match.range(at: 1).length > 0
            let before = match.range.location - 1
            let implicit = dotted && (before < 0 || !(Character(UnicodeScalar(units[before]) ?? " ").isLetter || units[before] == 41))
            var depth = 1
            var position = match.range.location + match.range.length
            var argument: [UInt16] = []
            var labels: [String] = []
            func take() {
                let text = String(decoding: argument, as: UTF16.self)
                if let label = text.firstMatch(of: /^\s*([a-z]\w*)\s*:/) { labels.append(String(label.1)) }
                argument = []
            }
            while position < units.count {
                let unit = units[position]
                position += 1
                if unit == 40 || unit == 91 || unit == 123 { depth += 1 }
                if unit == 41 || unit == 93 || unit == 125 { depth -= 1 }
                if depth == 0 { break }
                if depth == 1, unit == 44 { take() } else if depth >= 1 { argument.append(unit) }
            }
            take()
            found.append((name, labels, implicit))
        }
        return found
    }

    /// Every `func name(…)` and `init(…)` with its argument labels (`_` for none).
    private static func signatures(in text: String) -> [(String, [String])] {
        let expression = try! NSRegularExpression(pattern: "\\b(?:func\\s+(\\w+)|(init))\\s*(?:<[^>]*>)?\\(")
        let string = text.replacingOccurrences(of: "->", with: "→") as NSString
        let units = Array((string as String).utf16)
        let open = Set("([<".utf16)
        let close = Set(")]>".utf16)
        let comma = ",".utf16.first!
        var found: [(String, [String])] = []
        for match in expression.matches(in: string as String, range: NSRange(location: 0, length: string.length)) {
            let nameRange = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            let name = string.substring(with: nameRange)
            var depth = 1
            var current: [UInt16] = []
            var parameters: [String] = []
            var position = match.range.location + match.range.length
            while position < units.count {
                let unit = units[position]
                position += 1
                if open.contains(unit) { depth += 1 }
                if close.contains(unit) { depth -= 1 }
                if depth == 0 { break }
                if depth == 1, unit == comma {
                    parameters.append(String(decoding: current, as: UTF16.self))
                    current = []
                } else {
                    current.append(unit)
                }
            }
            let last = String(decoding: current, as: UTF16.self)
            if !last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { parameters.append(last) }
            let labels = parameters.compactMap { parameter in
                parameter.split(separator: ":", maxSplits: 1).first?.split(whereSeparator: \.isWhitespace).first.map(String.init)
            }
            found.append((name, labels.map { $0.hasPrefix("@") ? "_" : $0 }))
        }
        return found
    }
}
