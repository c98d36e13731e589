import OCPAPI

/// What a successful create or modify returned, ready to show.
public struct SubmitResult: Equatable, Sendable {
    /// The task type OCP names (`CREATE_BACKUP_STRATEGY` …).
    public var taskType: String
    /// Every task id.
    public var taskIds: [Int64]
    /// Per-object outcomes.
    public var objects: [ObjectResult]
    /// OCP's trace id.
    public var traceId: String?

    /// Makes a result.
    public init(taskType: String, taskIds: [Int64], objects: [ObjectResult], traceId: String?) {
        self.taskType = taskType
        self.taskIds = taskIds
        self.objects = objects
        self.traceId = traceId
    }

    /// The result of a receipt; server strings sanitized.
    public init(_ receipt: MutationReceipt) {
        let response = receipt.response
        self.init(
            taskType: TextSanitizer.singleLine(response.obBackupTaskType?.rawValue ?? ""), taskIds: response.allTaskIds,
            objects: (response.backupObjectOpsResultList ?? []).map { item in
                let objects = (item.obBackupObjectList ?? []).map { object in
                    let dimension = object.backupDimension?.rawValue.lowercased() ?? "object"
                    let tenant = object.tenantId.map { " tenant \($0)" } ?? ""
                    return TextSanitizer.singleLine("\(dimension) \(object.clusterId.map(String.init) ?? "?")\(tenant)")
                }
                var notes: [String] = []
                if let hint = item.hint, !hint.isEmpty { notes.append(hint) }
                if let error = item.errorCode, error != .null { notes.append(StrategyDiff.leafText(error)) }
                return ObjectResult(
                    objects: objects.joined(separator: ", "), succeeded: item.beSuccessful ?? false, taskIds: item.taskIdList ?? [],
                    note: notes.isEmpty ? nil : TextSanitizer.singleLine(notes.joined(separator: "; ")))
            }, traceId: receipt.traceId.map(TextSanitizer.singleLine))
    }
}
