import Localization
import OCPAPI

/// Every field of a backup ability, said in words: what can be done, what cannot, and OCP's hints.
public enum AbilityPresentation {
    /// The lines of `ability` for `cluster`, beginning with why no strategy can be made, if so.
    public static func lines(for ability: BackupAbility, cluster: Cluster, in language: Language) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let blocker = StrategyContext(cluster: cluster, ability: ability).strategyBlockerText {
            lines.append(AbilityLine(label: language.pick("Strategy", "备份策略"), text: blocker.text(in: language), tone: .cannot))
        }
        lines.append(modes(ability.backupAbility, in: language))
        if let mode = ability.backupMode {
            lines.append(AbilityLine(label: language.pick("Mode in use", "当前备份方式"), text: BackupVocabulary.mode(mode, in: language), tone: .info))
        }
        if let data = ability.obDataBackupSupportAbility {
            lines += dataLines(data, in: language)
        }
        if let condition = ability.obBackupCondition {
            lines += conditionLines(condition, in: language)
        }
        if let restore = ability.obRestoreConditionCheckResult {
            lines += restoreLines(restore, in: language)
        }
        return lines
    }

    private static func modes(_ kind: BackupAbilityKind?, in language: Language) -> AbilityLine {
        let known = kind.map { BackupAbilityKind.documented.contains($0) } ?? false
        return AbilityLine(
            label: language.pick("Backup modes", "支持的备份方式"), text: BackupVocabulary.ability(kind, in: language), tone: known ? .can : .info)
    }

    private static func flag(_ value: Bool?, label: String, yes: String, no: String) -> AbilityLine? {
        guard let value else { return nil }
        return AbilityLine(label: label, text: value ? yes : no, tone: value ? .can : .cannot)
    }

    private static func dataLines(_ data: DataBackupSupportAbility, in language: Language) -> [AbilityLine] {
        let supported = language.pick("Supported", "支持")
        let unsupported = language.pick("Not supported", "不支持")
        var lines = [
            flag(data.fullBackupEnabled, label: language.pick("Full backup", "全量备份"), yes: supported, no: unsupported),
            flag(data.incrementBackupEnabled, label: language.pick("Incremental backup", "增量备份"), yes: supported, no: unsupported),
            flag(
                data.canDoIncrementalBackup, label: language.pick("Incremental now", "现在可增量备份"),
                yes: language.pick("Possible: a full backup exists", "可以：已有全量备份"),
                no: language.pick("Not yet: a full backup must run first", "尚不可以：须先完成一次全量备份")),
        ].compactMap { $0 }
        if let hint = data.hint, !hint.isEmpty {
            lines.append(AbilityLine(label: language.pick("Hint", "提示"), text: TextSanitizer.singleLine(hint), tone: .info))
        }
        return lines
    }

    private static func conditionLines(_ condition: BackupCondition, in language: Language) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let value = condition.needAgentToBackup {
            lines.append(
                AbilityLine(
                    label: language.pick("Backup agent", "备份 Agent"),
                    text: value ? language.pick("Needed to back up", "备份需要") : language.pick("Not needed to back up", "备份不需要"), tone: .info))
        }
        if let value = condition.needAgentToRestore {
            lines.append(
                AbilityLine(
                    label: language.pick("Restore agent", "恢复 Agent"),
                    text: value ? language.pick("Needed to restore", "恢复需要") : language.pick("Not needed to restore", "恢复不需要"), tone: .info))
        }
        if let schema = condition.agentMetaDbSchema, !schema.isEmpty {
            lines.append(AbilityLine(label: language.pick("Agent meta schema", "Agent 元数据库"), text: TextSanitizer.singleLine(schema), tone: .info))
        }
        return lines
    }

    private static func restoreLines(_ restore: RestoreConditionCheckResult, in language: Language) -> [AbilityLine] {
        var lines: [AbilityLine] = []
        if let ready = restore.beReady {
            lines.append(
                AbilityLine(
                    label: language.pick("Restore", "恢复"), text: ready ? language.pick("Ready", "就绪") : language.pick("Not ready", "未就绪"),
                    tone: ready ? .can : .cannot))
        }
        if let type = restore.backupTaskType, !type.isEmpty {
            lines.append(
                AbilityLine(label: language.pick("Restore task type", "恢复任务类型"), text: BackupVocabulary.restoreKind(type, in: language), tone: .info))
        }
        if let agents = restore.needDependentOnAgents, agents != .null {
            lines.append(AbilityLine(label: language.pick("Depends on agents", "依赖的 Agent"), text: jsonText(agents, in: language), tone: .info))
        }
        if let services = restore.serviceNameList, !services.isEmpty {
            lines.append(
                AbilityLine(
                    label: language.pick("Services", "服务"), text: services.map { TextSanitizer.singleLine($0) }.joined(separator: ", "), tone: .info))
        }
        if let schema = restore.agentMetaDbSchema, !schema.isEmpty {
            lines.append(AbilityLine(label: language.pick("Restore meta schema", "恢复元数据库"), text: TextSanitizer.singleLine(schema), tone: .info))
        }
        if let errors = restore.errorCodes, errors != .null, errors != .array([]) {
            lines.append(AbilityLine(label: language.pick("Restore errors", "恢复错误"), text: jsonText(errors, in: language), tone: .cannot))
        }
        if let hint = restore.hint, !hint.isEmpty {
            lines.append(AbilityLine(label: language.pick("Restore hint", "恢复提示"), text: TextSanitizer.singleLine(hint), tone: .info))
        }
        return lines
    }

    private static func jsonText(_ value: JSONValue, in language: Language) -> String {
        switch value {
        case .bool(let flag): flag ? language.pick("yes", "是") : language.pick("no", "否")
        case .string(let text): TextSanitizer.singleLine(text)
        default: TextSanitizer.singleLine(StrategyDiff.leafText(value))
        }
    }
}
