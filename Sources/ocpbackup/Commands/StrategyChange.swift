import Foundation
import OCPAPI

/// What create and modify do: read the file, validate, then print (dry run) or send once.
struct StrategyChange {
    /// Create (POST) or modify (PATCH).
    enum Kind {
        case create, modify
    }

    let kind: Kind
    let connection: ConnectionOptions
    let options: StrategyChangeOptions

    func run() async throws(CommandFailure) {
        let body = try StrategyFile.read(options.file)
        let localIssues = StrategyValidator.validate(body)
        let localErrors = report(localIssues)
        if !localErrors.isEmpty { throw Self.invalid(localErrors) }
        if options.dryRun, let id = Int64(options.cluster), id > 0 {
            return try printDryRun(clusterId: id, body: body)
        }
        let reference = options.cluster
        let dryRun = options.dryRun
        let kind = self.kind
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            if !dryRun { try session.requireWritable(kind == .create ? "create" : "modify") }
            let target = try await session.call { client throws(OCPAPIError) in try await client.resolveCluster(reference) }
            if dryRun { return try printDryRun(clusterId: target.id, body: body) }
            let ability = try await session.call { client throws(OCPAPIError) in try await client.backupAbility(clusterId: target.id) }
            let context = StrategyContext(cluster: target, ability: ability.value)
            let contextErrors = report(StrategyValidator.validate(body, context: context).filter { !localIssues.contains($0) })
            if !contextErrors.isEmpty { throw Self.invalid(contextErrors) }
            let request = try Self.prepare(kind, clusterId: target.id, body: body)
            let response = try await session.mutate(request, operation: kind == .create ? "create" : "modify", cluster: target)
            print(Self.summary(verb: kind == .create ? "Created" : "Modified", cluster: target, response: response))
        }
    }

    /// Prints warnings to standard error and returns the errors.
    private func report(_ issues: [StrategyIssue]) -> [StrategyIssue] {
        for warning in issues where warning.severity == .warning {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        return issues.filter { $0.severity == .error }
    }

    /// The POST or PATCH, body serialized once.
    static func prepare(_ kind: Kind, clusterId: Int64, body: BackupStrategyRequest) throws(CommandFailure) -> PreparedRequest {
        do {
            return kind == .create
                ? try OCPClient.createStrategyRequest(clusterId: clusterId, body: body)
                : try OCPClient.modifyStrategyRequest(clusterId: clusterId, body: body)
        } catch {
            throw .usage(error.message)
        }
    }

    private func printDryRun(clusterId: Int64, body: BackupStrategyRequest) throws(CommandFailure) {
        let request = try Self.prepare(kind, clusterId: clusterId, body: body)
        print("\(request.method) \(request.pathAndQuery)")
        print(request.maskedBody(pretty: false) ?? "")
    }

    /// The errors, at most `InputBounds.listedItems` of them listed.
    static func invalid(_ errors: [StrategyIssue]) -> CommandFailure {
        var lines = errors.prefix(InputBounds.listedItems).map { "  - \($0)" }
        if errors.count > InputBounds.listedItems { lines.append("  - and \(errors.count - InputBounds.listedItems) more") }
        return .usage("the request body is not valid; nothing was sent:\n" + lines.joined(separator: "\n"))
    }

    static func summary(verb: String, cluster: Cluster, response: OCPResponse<BackupCommonResponse>) -> String {
        let name = TextSanitizer.singleLine(cluster.name)
        let tasks = response.value.allTaskIds.map(String.init).joined(separator: ", ")
        var line = "\(verb) the backup strategy of cluster \(name) (id \(cluster.id))"
        if !tasks.isEmpty { line += "; task ids: \(tasks)" }
        let failed = (response.value.backupObjectOpsResultList ?? []).filter { $0.beSuccessful == false }
        for result in failed {
            line += "\n  not successful: \(TextSanitizer.singleLine(result.hint ?? "no hint"))"
        }
        if let trace = response.traceId { line += "\n  traceId \(trace)" }
        return line
    }
}
