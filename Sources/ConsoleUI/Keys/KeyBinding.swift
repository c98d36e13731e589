import ConsoleCore
import Localization

/// One row of the key table: the keys, where they apply, what they do, and how they are
/// described in the hint bar, the help and the README.
struct KeyBinding: Sendable {
    /// The keys that trigger it.
    var patterns: [KeyPattern]
    /// Where it applies.
    var context: KeyContext
    /// The keys as printed.
    var keyLabel: String
    /// A word or two for the hint bar; empty to leave it out of the bar.
    var hint: Bilingual
    /// A sentence for the help and the README.
    var help: Bilingual
    /// The command for a matching key in a state; `nil` when it does nothing there.
    var command: @Sendable (Key, ConsoleState) -> KeyCommand?
    /// Whether it starts a change to OCP: in read-only mode it stays out of the hint bar and
    /// the help marks it disabled (pressing it still explains the refusal).
    var changesOCP = false
    /// The strategy command it starts, if any: while the shown cluster does not allow it (or no
    /// cluster is shown) it stays out of the hint bar and the help marks it unavailable.
    var strategyCommand: StrategyCommand?
    /// The operation it starts, if any: while it is not possible it stays out of the hint bar
    /// and the help says why.
    var operation: OperationCommand?
    /// The hint as the state words it (`p`: pause or resume), instead of `hint`.
    var stateHint: (@Sendable (ConsoleState) -> Bilingual)?

    /// A binding whose command does not depend on the key or the state.
    init(_ patterns: [KeyPattern], _ context: KeyContext, _ keyLabel: String, hint: Bilingual, help: Bilingual, _ command: KeyCommand) {
        self.init(patterns, context, keyLabel, hint: hint, help: help) { _, _ in command }
    }

    /// A binding with a command builder.
    init(
        _ patterns: [KeyPattern], _ context: KeyContext, _ keyLabel: String, hint: Bilingual, help: Bilingual,
        build: @escaping @Sendable (Key, ConsoleState) -> KeyCommand?
    ) {
        self.patterns = patterns
        self.context = context
        self.keyLabel = keyLabel
        self.hint = hint
        self.help = help
        self.command = build
    }

    /// The same binding, marked as starting `command` (a change to OCP).
    func starting(_ command: StrategyCommand) -> KeyBinding {
        var binding = self
        binding.changesOCP = true
        binding.strategyCommand = command
        return binding
    }

    /// The same binding, marked as starting `operation` (a change to OCP).
    func starting(_ operation: OperationCommand) -> KeyBinding {
        var binding = self
        binding.changesOCP = true
        binding.operation = operation
        return binding
    }

    /// The same binding with its hint worded by the state.
    func hinting(_ hint: @escaping @Sendable (ConsoleState) -> Bilingual) -> KeyBinding {
        var binding = self
        binding.stateHint = hint
        return binding
    }

    /// The hint in `state`, in its language.
    func hint(in state: ConsoleState) -> String {
        (stateHint?(state) ?? hint).text(in: state.language)
    }

    /// Why it is disabled in `state`, or `nil` when it is not: a change to OCP in read-only
    /// mode, a strategy command the shown cluster does not allow now, or an operation not
    /// possible now (with its reason).
    func disabledReason(in state: ConsoleState) -> DisabledReason? {
        if changesOCP && state.readOnly { return .readOnly }
        if let operation {
            guard let availability = state.availability(of: operation) else { return .unavailable }
            return availability.reason.map(DisabledReason.notNow)
        }
        guard let command = strategyCommand else { return nil }
        return state.availability(of: command)?.isEnabled == true ? nil : .unavailable
    }

    /// Whether it is disabled in `state`.
    func isDisabled(in state: ConsoleState) -> Bool {
        disabledReason(in: state) != nil
    }

    /// Whether `key` triggers it.
    func matches(_ key: Key) -> Bool {
        patterns.contains { $0.matches(key) }
    }
}
