import ConsoleCore
import Localization

/// The one table of key bindings: it dispatches keys and generates the hint bar, the help
/// overlay and the README's key reference, so they cannot disagree.
public struct KeyMap: Sendable {
    /// The bindings, in the order the help lists them.
    let bindings: [KeyBinding]

    /// The binding `key` resolves to in `state`: the first of the most specific active context.
    func binding(for key: Key, in state: ConsoleState) -> KeyBinding? {
        bindingIndex(for: key, contexts: KeyContext.active(in: state)).map { bindings[$0] }
    }

    /// The position of the binding `key` resolves to under the active `contexts`, most specific
    /// first.
    private func bindingIndex(for key: Key, contexts: [KeyContext]) -> Int? {
        for context in contexts {
            if let index = bindings.firstIndex(where: { $0.context == context && $0.matches(key) }) { return index }
        }
        return nil
    }

    /// What a key does in this state (nil: nothing). The same table produces the hints and
    /// the help.
    public func command(for key: Key, in state: ConsoleState) -> KeyCommand? {
        binding(for: key, in: state)?.command(key, state)
    }

    /// The bindings of the active contexts that are reachable in `state`: a binding shadowed
    /// by a more specific context (`q` while typing) is left out.
    func reachable(in state: ConsoleState) -> [KeyBinding] {
        let contexts = KeyContext.active(in: state)
        var reachable: [KeyBinding] = []
        for context in contexts {
            for index in bindings.indices where bindings[index].context == context {
                let isReachable = bindings[index].patterns.contains { pattern in
                    guard let found = bindingIndex(for: pattern.sample, contexts: contexts) else { return false }
                    return bindings[found].keyLabel == bindings[index].keyLabel && bindings[found].context == context
                }
                if isReachable { reachable.append(bindings[index]) }
            }
        }
        return reachable
    }

    /// Hints for the key-hint bar: only keys valid in the focused pane / dialog / wizard step.
    public func hints(in state: ConsoleState) -> [KeyHint] {
        reachable(in: state).filter { !$0.hint.english.isEmpty && !$0.isDisabled(in: state) && $0.command($0.patterns[0].sample, state) != nil }
            .map { KeyHint(key: $0.keyLabel, label: $0.hint(in: state)) }
    }

    /// The help overlay's sections, generated from the table.
    public func help(in state: ConsoleState) -> [HelpSection] {
        let reachable = reachable(in: state).filter { $0.command($0.patterns[0].sample, state) != nil }
        let language = state.language
        return KeyContext.active(in: state).compactMap { context in
            let entries = reachable.filter { $0.context == context }.map { binding in
                let disabled = binding.disabledReason(in: state)
                return HelpEntry(
                    keys: binding.keyLabel, text: (disabled?.helpPrefix(in: language) ?? "") + binding.help.text(in: language),
                    sample: binding.patterns[0].sample,
                    isDisabled: disabled != nil)
            }
            return entries.isEmpty ? nil : HelpSection(title: context.title.text(in: language), entries: entries)
        }
    }

    /// The whole key reference as Markdown in `language` (for the README), generated from the table.
    public func markdownReference(in language: Language = .english) -> String {
        var lines: [String] = []
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append("### \(context.title.text(in: language))")
            lines.append("")
            lines.append(language.pick("| Key | Action |", "| 按键 | 操作 |"))
            lines.append("|---|---|")
            for row in rows {
                let keys = row.keyLabel.replacingOccurrences(of: "|", with: "\\|")
                lines.append("| `\(keys)` | \(row.help.text(in: language)) |")
            }
        }
        lines.append("")
        lines += pointerReference(in: language)
        return lines.joined(separator: "\n") + "\n"
    }
}
