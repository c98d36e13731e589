import OCPAPI

/// A cluster's strategy as read back: none, or the strategy.
public enum StrategySnapshot: Equatable, Sendable {
    /// The cluster has no strategy.
    case none
    /// The strategy OCP holds.
    case present(BackupStrategy)

    /// The strategy, if any.
    public var strategy: BackupStrategy? {
        if case .present(let strategy) = self { return strategy }
        return nil
    }
}
