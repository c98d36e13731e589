import ConsoleCore
import ConsoleUI
import OCPAPI

/// Bytes sent to the terminal per transition of the real console (renderer + ncurses diff),
/// beside the least the change needs and its budget (Benchmarks/README.md).
struct TransitionBenchmark {
    /// The terminal size.
    let size: Size

    /// Every transition at this size, on a list of 1,000 clusters.
    func run() throws -> [TransitionResult] {
        let session = Fleet.session(
            clusters: 1000, size: size, options: RenderOptions(address: "https://ocp.example.com:8080", principal: "admin"))
        let counter = try ScreenCounter(size: size)
        var shown = session.frame()
        counter.screen.present(shown)
        var results: [TransitionResult] = []

        func measure(_ name: String, budget: Budget, _ change: (ConsoleSession) -> Void) {
            change(session)
            let frame = session.frame()
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
        func quietly(_ change: (ConsoleSession) -> Void) {
            change(session)
            shown = session.frame()
            counter.screen.present(shown)
        }

        quietly { $0.press(.down) }
        measure("list move (↓)", budget: .bytes(200)) { $0.press(.down) }
        measure("idle redraw", budget: .bytes(0)) { _ in }
        quietly { session in
            while session.state.list.cursor < session.state.list.scrollTop + session.state.list.viewportRows - 1 { session.press(.down) }
        }
        measure("one-row scroll (↓ at bottom)", budget: .textRatio(1.25)) { $0.press(.down) }
        measure("page (PgDn)", budget: .textRatio(1.25)) { $0.press(.pageDown) }

        quietly { session in
            session.press(.home)
            session.press(.enter)
            let id = session.state.detailClusterId ?? 0
            session.send(.abilityLoaded(clusterId: id, .success(Self.ability)))
            session.send(.strategyLoaded(clusterId: id, .success(.none)))
            session.send(.newStrategy)
            session.send(.wizard(.draftLoaded(nil)))
            session.send(.wizard(.nextStep))
            session.send(.wizard(.nextField))
        }
        measure("grid cell toggle (Space)", budget: .textRatio(1.25)) { $0.send(.wizard(.toggle)) }
        quietly { session in
            session.send(.wizard(.nextField))
            session.send(.wizard(.nextField))
        }
        measure("wizard field edit (type 1 char)", budget: .textRatio(1.25)) { $0.send(.wizard(.typed("5"))) }
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
