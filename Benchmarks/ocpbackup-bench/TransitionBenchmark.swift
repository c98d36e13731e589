import ConsoleCore
import ConsoleUI
import OCPAPI

/// Bytes sent to the terminal per transition of the real console (renderer + ncurses diff),
/// beside the least the change needs and DESIGN §5's budget.
struct TransitionBenchmark {
    /// The terminal size.
    let size: Size

    /// Every transition at this size, on a list of 1,000 clusters.
    func run() throws -> [TransitionResult] {
        let options = RenderOptions(address: "https://ocp.example.com:8080", principal: "admin")
        var state = Fleet.state(clusters: 1000, size: size)
        let counter = try ScreenCounter(size: size)
        var shown = ConsoleRenderer.render(state, size: size, options: options)
        counter.screen.present(shown)
        var results: [TransitionResult] = []

        func measure(_ name: String, budget: Budget, _ change: (inout ConsoleState) -> Void) {
            change(&state)
            let frame = ConsoleRenderer.render(state, size: size, options: options)
            let bytes = counter.bytes(presenting: frame)
            let minimum = ChangedCells.minimumBytes(from: shown, to: frame)
            let rowsText = ChangedCells.visibleTextOfChangedRows(from: shown, to: frame)
            let limit: Int =
                switch budget {
                case .bytes(let value): value
                case .textRatio(let ratio): Int((ratio * Double(rowsText)).rounded(.down))
                }
            results.append(
                TransitionResult(
                    transition: name, size: "\(size.columns)x\(size.rows)", bytes: bytes, minimumBytes: minimum,
                    changedRowsText: rowsText, budgetBytes: limit, budgetRule: budget.rule))
            shown = frame
        }
        func quietly(_ change: (inout ConsoleState) -> Void) {
            change(&state)
            shown = ConsoleRenderer.render(state, size: size, options: options)
            counter.screen.present(shown)
        }

        quietly { Fleet.press(.down, in: &$0) }
        measure("list move (↓)", budget: .bytes(200)) { Fleet.press(.down, in: &$0) }
        measure("idle redraw", budget: .bytes(0)) { _ in }
        quietly { state in
            while state.list.cursor < state.list.scrollTop + state.list.viewportRows - 1 { Fleet.press(.down, in: &state) }
        }
        measure("one-row scroll (↓ at bottom)", budget: .textRatio(1.25)) { Fleet.press(.down, in: &$0) }
        measure("page (PgDn)", budget: .textRatio(1.25)) { Fleet.press(.pageDown, in: &$0) }

        quietly { state in
            Fleet.press(.home, in: &state)
            Fleet.press(.enter, in: &state)
            let id = state.detailClusterId ?? 0
            Fleet.apply(.abilityLoaded(clusterId: id, .success(Self.ability)), to: &state)
            Fleet.apply(.strategyLoaded(clusterId: id, .success(.none)), to: &state)
            Fleet.apply(.newStrategy, to: &state)
            Fleet.apply(.wizard(.draftLoaded(nil)), to: &state)
            Fleet.apply(.wizard(.nextStep), to: &state)
            Fleet.apply(.wizard(.nextField), to: &state)
        }
        measure("grid cell toggle (Space)", budget: .textRatio(1.25)) { Fleet.apply(.wizard(.toggle), to: &$0) }
        quietly { state in
            Fleet.apply(.wizard(.nextField), to: &state)
            Fleet.apply(.wizard(.nextField), to: &state)
        }
        measure("wizard field edit (type 1 char)", budget: .textRatio(1.25)) { Fleet.apply(.wizard(.typed("5")), to: &$0) }
        return results
    }

    /// A physical-backup ability with incremental backups allowed.
    static let ability = BackupAbility(
        backupAbility: .physical, backupMode: .physical,
        obDataBackupSupportAbility: DataBackupSupportAbility(
            fullBackupEnabled: true, incrementBackupEnabled: true, canDoIncrementalBackup: true, hint: nil))

    /// A transition's budget.
    enum Budget {
        /// At most this many bytes.
        case bytes(Int)
        /// At most this share of the visible text of the rows that changed.
        case textRatio(Double)

        /// The rule as the report states it.
        var rule: String {
            switch self {
            case .bytes(let value): "≤ \(value) B"
            case .textRatio(let ratio): "≤ \(ratio) × changed rows' text"
            }
        }
    }
}
