import OCPAPI

/// The ability response in words: what can be done, what cannot, and OCP's hint.
enum AbilityDescription {
    static func render(cluster: Cluster, ability: BackupAbility) -> String {
        var list = FieldList()
        list.section("Cluster \(TextSanitizer.singleLine(cluster.name)) (id \(cluster.id), OceanBase \(cluster.obVersion ?? "?"))")
        list.add("Backup modes supported", modes(ability.backupAbility))
        list.add("Backup mode in use", ability.backupMode?.rawValue)
        if let data = ability.obDataBackupSupportAbility {
            list.add("Full backup", yesNo(data.fullBackupEnabled, yes: "supported", no: "not supported"))
            list.add("Incremental backup", yesNo(data.incrementBackupEnabled, yes: "supported", no: "not supported"))
            list.add("Incremental possible now", yesNo(data.canDoIncrementalBackup, yes: "yes", no: "no: a full backup must run first"))
            if let hint = data.hint { list.add("OCP says", hint) }
        }
        if let condition = ability.obBackupCondition {
            list.add("Backup needs the agent", yesNo(condition.needAgentToBackup, yes: "yes", no: "no"))
            list.add("Restore needs the agent", yesNo(condition.needAgentToRestore, yes: "yes", no: "no"))
            if let schema = condition.agentMetaDbSchema { list.add("Agent MetaDB schema", schema) }
        }
        if let restore = ability.obRestoreConditionCheckResult {
            list.add("Ready to restore", yesNo(restore.beReady, yes: "yes", no: "no"))
            if let names = restore.serviceNameList, !names.isEmpty { list.add("Restore services", names.joined(separator: ", ")) }
            if let hint = restore.hint { list.add("Restore hint", hint) }
        }
        if let blocker = StrategyContext(cluster: cluster, ability: ability).strategyBlocker {
            list.add("Strategy", "cannot be created: " + blocker.message)
        }
        return list.render()
    }

    private static func modes(_ kind: BackupAbilityKind?) -> String {
        switch kind {
        case .logical: "logical only (OceanBase before 2.2.60)"
        case .physical: "physical"
        case .logicalAndPhysical: "logical and physical"
        case .some(let other): other.rawValue
        case .none: "-"
        }
    }

    private static func yesNo(_ value: Bool?, yes: String, no: String) -> String {
        value.map { $0 ? yes : no } ?? "-"
    }
}
