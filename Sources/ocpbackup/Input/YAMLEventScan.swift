import CYaml
import OCPAPI

/// One pass over a YAML text's events with libyaml (the parser Yams runs), before Yams builds
/// anything: the checks that must come before aliases are expanded. A "billion laughs" of
/// nested aliases costs a few kilobytes to parse as events but gigabytes once expanded, and
/// an alias used as a mapping key is hashed whole while composing, so neither may reach Yams.
///
/// Every document is held to `InputBounds.nestingDepth` levels. A request body may not use
/// anchors, aliases or merge keys (OCP's body has no use for them); the config file may, as long
/// as its aliases add at most `InputBounds.configAliasNodes` nodes once expanded (counted
/// exactly from the events, without expanding anything).
enum YAMLEventScan {
    /// What a document may use.
    enum Policy {
        /// No anchors, aliases or merge keys.
        case requestBody
        /// Aliases (and merge keys) within the expansion bound.
        case config
    }

    /// Why the text was refused, and where (1-based; `line` 0 when libyaml gave no position).
    struct Finding: Error, Equatable {
        /// What is wrong, as a clause: "nests deeper than 64 levels".
        let problem: String
        /// The line.
        let line: Int
        /// The column, in characters.
        let column: Int
        /// What to do about it, when that is not obvious.
        var advice: String?
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        var expectingKey = true
        var expandedSize = 1
    }

    /// Checks `text`; returns when it may be composed.
    /// - Throws: the first `Finding`.
    static func check(_ text: [UInt8], policy: Policy) throws(Finding) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw Finding(problem: "could not be parsed (out of memory)", line: 0, column: 0) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        let outcome: Result<Void, Finding> = text.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var scan = Scan(policy: policy)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxFinding(parser)) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return .success(()) }
                do throws(Finding) {
                    try scan.take(event)
                } catch {
                    return .failure(error)
                }
            }
        }
        try outcome.get()
    }

    /// The state of one pass.
    private struct Scan {
        let policy: Policy
        var frames: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var aliasNodes = 0

        mutating func take(_ event: yaml_event_t) throws(Finding) {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let isKey = frames.last.map { $0.isMapping && $0.expectingKey } ?? false
                if let anchor = name(scalar.anchor) {
                    try anchored(anchor, line: line, column: column)
                    anchorSizes[anchor] = 1
                }
                if isKey, scalar.style == YAML_PLAIN_SCALAR_STYLE, scalar.length == 2, scalar.value[0] == 0x3C, scalar.value[1] == 0x3C,
                    policy == .requestBody
                {
                    throw refusal("the merge key <<", line: line, column: column)
                }
                completed(size: 1)
            case YAML_ALIAS_EVENT:
                let anchor = name(event.data.alias.anchor) ?? ""
                if policy == .requestBody { throw refusal("the alias *\(InputExcerpt.clipped(anchor))", line: line, column: column) }
                guard let size = anchorSizes[anchor] else {
                    throw Finding(
                        problem: "uses the alias *\(InputExcerpt.clipped(anchor)) before any anchor of that name", line: line, column: column)
                }
                aliasNodes += size
                if aliasNodes > InputBounds.configAliasNodes {
                    throw Finding(
                        problem:
                            "has YAML aliases that expand to more than \(InputBounds.configAliasNodes) nodes, the limit, at *\(InputExcerpt.clipped(anchor))",
                        line: line, column: column, advice: "write the repeated values out or use fewer aliases")
                }
                completed(size: size)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                if let anchor { try anchored(anchor, line: line, column: column) }
                guard frames.count < InputBounds.nestingDepth else {
                    throw Finding(problem: "nests deeper than \(InputBounds.nestingDepth) levels, the limit", line: line, column: column)
                }
                frames.append(Frame(isMapping: isMapping, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return }
                if let anchor = frame.anchor { anchorSizes[anchor] = frame.expandedSize }
                completed(size: frame.expandedSize)
            default:
                return
            }
        }

        /// A node of `size` expanded nodes ended: it counts towards its parent, and in a mapping
        /// a key is followed by a value.
        private mutating func completed(size: Int) {
            guard !frames.isEmpty else { return }
            frames[frames.count - 1].expandedSize += size
            if frames[frames.count - 1].isMapping { frames[frames.count - 1].expectingKey.toggle() }
        }

        private func anchored(_ anchor: String, line: Int, column: Int) throws(Finding) {
            if policy == .requestBody { throw refusal("the anchor &\(InputExcerpt.clipped(anchor))", line: line, column: column) }
        }

        private func refusal(_ what: String, line: Int, column: Int) -> Finding {
            Finding(
                problem: "uses \(what)", line: line, column: column,
                advice: "a request body may not use YAML anchors, aliases or merge keys: write each value out")
        }

        private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }

    /// libyaml's own complaint (a scanner or parser error), with its position.
    private static func syntaxFinding(_ parser: yaml_parser_t) -> Finding {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's own bound (1,000 levels), met while it looks ahead in flow collections.
            return Finding(
                problem: "nests deeper than \(InputBounds.nestingDepth) levels, the limit", line: Int(parser.problem_mark.line) + 1,
                column: Int(parser.problem_mark.column) + 1)
        }
        if parser.error == YAML_READER_ERROR {
            return Finding(problem: "is not valid UTF-8 text (\(problem) at byte \(parser.problem_offset))", line: 0, column: 0)
        }
        return Finding(
            problem: "is not valid YAML: \(problem)", line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
    }
}
