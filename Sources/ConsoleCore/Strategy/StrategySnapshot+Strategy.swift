import OCPAPI

extension StrategySnapshot {
    /// `.present` for a strategy, `.none` for `nil`.
    init(_ strategy: BackupStrategy?) {
        self = strategy.map(StrategySnapshot.present) ?? .none
    }
}
