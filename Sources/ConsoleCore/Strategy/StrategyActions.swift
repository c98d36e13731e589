import OCPAPI

/// Which strategy commands a cluster allows now, each with the reason when it does not.
public enum StrategyActions {
    /// The availability of every command.
    /// - Parameters:
    ///   - cluster: the cluster.
    ///   - ability: its ability, if loaded.
    ///   - snapshot: its strategy, if loaded.
    ///   - readOnly: whether the console is read-only.
    public static func availability(
        cluster: Cluster, ability: BackupAbility?, snapshot: StrategySnapshot?, readOnly: Bool
    ) -> [StrategyCommand: Availability] {
        var result: [StrategyCommand: Availability] = [:]
        for command in StrategyCommand.allCases {
            result[command] = availability(of: command, cluster: cluster, ability: ability, snapshot: snapshot, readOnly: readOnly)
        }
        return result
    }

    /// The availability of one command.
    public static func availability(
        of command: StrategyCommand, cluster: Cluster, ability: BackupAbility?, snapshot: StrategySnapshot?, readOnly: Bool
    ) -> Availability {
        if readOnly { return .disabled("The console is read-only.") }
        guard let snapshot else { return .disabled("The strategy has not been read yet.") }
        switch (command, snapshot) {
        case (.create, .present):
            return .disabled("The cluster already has a strategy; edit it instead.")
        case (.edit, .none), (.delete, .none):
            return .disabled("The cluster has no strategy.")
        case (.delete, .present):
            return .enabled
        case (.create, .none), (.edit, .present):
            if let blocker = StrategyContext(cluster: cluster, ability: ability).strategyBlocker {
                return .disabled(TextSanitizer.singleLine(blocker.message))
            }
            if ability == nil { return .disabled("The backup ability has not been read yet.") }
            return .enabled
        }
    }
}
