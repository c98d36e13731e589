import Localization
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
        if readOnly { return .disabled(Bilingual("The console is read-only.", "控制台为只读模式。")) }
        guard let snapshot else { return .disabled(Bilingual("The strategy has not been read yet.", "尚未读取备份策略。")) }
        switch (command, snapshot) {
        case (.create, .present):
            return .disabled(Bilingual("The cluster already has a strategy; edit it instead.", "该集群已有备份策略；请改为编辑。"))
        case (.edit, .none), (.delete, .none):
            return .disabled(Bilingual("The cluster has no strategy.", "该集群没有备份策略。"))
        case (.delete, .present):
            return .enabled
        case (.create, .none), (.edit, .present):
            if let blocker = StrategyContext(cluster: cluster, ability: ability).strategyBlockerText {
                return .disabled(blocker)
            }
            if ability == nil { return .disabled(Bilingual("The backup ability has not been read yet.", "尚未读取备份能力。")) }
            return .enabled
        }
    }
}
