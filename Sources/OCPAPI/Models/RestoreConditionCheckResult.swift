/// Whether a restore could run (`obRestoreConditionCheckResult`).
public struct RestoreConditionCheckResult: Codable, Hashable, Sendable {
    /// The backup task type checked.
    public var backupTaskType: String?
    /// Ready.
    public var beReady: Bool?
    /// Whether agents are needed; documented as String, probably boolean: kept as given.
    public var needDependentOnAgents: JSONValue?
    /// Backup and restore service names.
    public var serviceNameList: [String]?
    /// The MetaDB schema.
    public var agentMetaDbSchema: String?
    /// Error codes, in whatever shape OCP sends.
    public var errorCodes: JSONValue?
    /// OCP's explanation.
    public var hint: String?

    /// Makes the object.
    public init(
        backupTaskType: String? = nil, beReady: Bool? = nil, needDependentOnAgents: JSONValue? = nil,
        serviceNameList: [String]? = nil, agentMetaDbSchema: String? = nil, errorCodes: JSONValue? = nil, hint: String? = nil
    ) {
        self.backupTaskType = backupTaskType
        self.beReady = beReady
        self.needDependentOnAgents = needDependentOnAgents
        self.serviceNameList = serviceNameList
        self.agentMetaDbSchema = agentMetaDbSchema
        self.errorCodes = errorCodes
        self.hint = hint
    }
}
