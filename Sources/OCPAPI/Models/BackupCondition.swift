/// What backup and restore need (`obBackupCondition`).
public struct BackupCondition: Codable, Hashable, Sendable {
    /// Backup needs the backup agent.
    public var needAgentToBackup: Bool?
    /// Restore needs the backup agent.
    public var needAgentToRestore: Bool?
    /// The agent's MetaDB schema.
    public var agentMetaDbSchema: String?

    /// Makes the object.
    public init(needAgentToBackup: Bool?, needAgentToRestore: Bool?, agentMetaDbSchema: String?) {
        self.needAgentToBackup = needAgentToBackup
        self.needAgentToRestore = needAgentToRestore
        self.agentMetaDbSchema = agentMetaDbSchema
    }
}
