import OCPAPI

/// Every field of a backup ability, said in words: what can be done, what cannot, and OCP's hints.
public enum AbilityPresentation {
    /// The lines of `ability` for `cluster`, beginning with why no strategy can be made, if so.
    public static func lines(for ability: BackupAbility, cluster: Cluster) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let blocker = StrategyContext(cluster: cluster, ability: ability).strategyBlocker {
            lines.append(AbilityLine(label: "Strategy", text: TextSanitizer.singleLine(blocker.message), tone: .cannot))
        }
        lines.append(modes(ability.backupAbility))
        if let mode = ability.backupMode {
            lines.append(AbilityLine(label: "Mode in use", text: BackupVocabulary.mode(mode), tone: .info))
        }
        if let data = ability.obDataBackupSupportAbility {
            lines += dataLines(data)
        }
        if let condition = ability.obBackupCondition {
            lines += conditionLines(condition)
        }
        if let restore = ability.obRestoreConditionCheckResult {
            lines += restoreLines(restore)
        }
        return lines
    }

    private static func modes(_ kind: BackupAbilityKind?) -> AbilityLine {
        let known = kind.map { BackupAbilityKind.documented.contains($0) } ?? false
        return AbilityLine(label: "Backup modes", text: BackupVocabulary.ability(kind), tone: known ? .can : .info)
    }

    private static func flag(_ value: Bool?, label: String, yes: String, no: String) -> AbilityLine? {
        guard let value else { return nil }
        return AbilityLine(label: label, text: value ? yes : no, tone: value ? .can : .cannot)
    }

    private static func dataLines(_ data: DataBackupSupportAbility) -> [AbilityLine] {
        var lines = [
            flag(data.fullBackupEnabled, label: "Full backup", yes: "Supported", no: "Not supported"),
            flag(data.incrementBackupEnabled, label: "Incremental backup", yes: "Supported", no: "Not supported"),
            flag(
                data.canDoIncrementalBackup, label: "Incremental now", yes: "Possible: a full backup exists",
                no: "Not yet: a full backup must run first"),
        ].compactMap { $0 }
        if let hint = data.hint, !hint.isEmpty {
            lines.append(AbilityLine(label: "Hint", text: TextSanitizer.singleLine(hint), tone: .info))
        }
        return lines
    }

    private static func conditionLines(_ condition: BackupCondition) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let value = condition.needAgentToBackup {
            lines.append(AbilityLine(label: "Backup agent", text: value ? "Needed to back up" : "Not needed to back up", tone: .info))
        }
        if let value = condition.needAgentToRestore {
            lines.append(AbilityLine(label: "Restore agent", text: value ? "Needed to restore" : "Not needed to restore", tone: .info))
        }
        if let schema = condition.agentMetaDbSchema, !schema.isEmpty {
            lines.append(AbilityLine(label: "Agent meta schema", text: TextSanitizer.singleLine(schema), tone: .info))
        }
        return lines
    }

    private static func restoreLines(_ restore: RestoreConditionCheckResult) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let ready = restore.beReady {
            lines.append(AbilityLine(label: "Restore", text: ready ? "Ready" : "Not ready", tone: ready ? .can : .cannot))
        }
        if let type = restore.backupTaskType, !type.isEmpty {
            lines.append(AbilityLine(label: "Restore task type", text: BackupVocabulary.restoreKind(type), tone: .info))
        }
        if let agents = restore.needDependentOnAgents, agents != .null {
            lines.append(AbilityLine(label: "Depends on agents", text: jsonText(agents), tone: .info))
        }
        if let services = restore.serviceNameList, !services.isEmpty {
            lines.append(
                AbilityLine(label: "Services", text: services.map { TextSanitizer.singleLine($0) }.joined(separator: ", "), tone: .info))
        }
        if let schema = restore.agentMetaDbSchema, !schema.isEmpty {
            lines.append(AbilityLine(label: "Restore meta schema", text: TextSanitizer.singleLine(schema), tone: .info))
        }
        if let errors = restore.errorCodes, errors != .null, errors != .array([]) {
            lines.append(AbilityLine(label: "Restore errors", text: jsonText(errors), tone: .cannot))
        }
        if let hint = restore.hint, !hint.isEmpty {
            lines.append(AbilityLine(label: "Restore hint", text: TextSanitizer.singleLine(hint), tone: .info))
        }
        return lines
    }

    private static func jsonText(_ value: JSONValue) -> String {
        switch value {
        case .bool(let flag): flag ? "yes" : "no"
        case .string(let text): TextSanitizer.singleLine(text)
        default: TextSanitizer.singleLine(StrategyDiff.leafText(value))
        }
    }
}
