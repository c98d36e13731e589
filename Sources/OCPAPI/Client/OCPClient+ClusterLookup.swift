/// Finding the cluster a person names, with the answer it came in.
extension OCPClient {
    /// The cluster `reference` names, an OCP id (all digits) or an exact name, in the answer
    /// that gave it: for an id the cluster's own answer, for a name the list page that held it.
    /// Its `serverTime` is OCP's clock, the "now" of a time such as `7d` before now; read only
    /// `value` and the envelope's fields (`rawData` of a name's answer is the list page).
    /// - Throws: `OCPAPIError` `invalidRequest` when no cluster or several clusters have the name.
    public func resolveClusterAnswer(_ reference: String) async throws(OCPAPIError) -> OCPResponse<Cluster> {
        if let id = Int64(reference), id > 0 {
            return try await cluster(id: id)
        }
        let query = ClusterQuery(name: reference)
        var matches: [Cluster] = []
        var number = 1
        var answer: OCPResponse<OCPPage<Cluster>>
        repeat {
            answer = try await clusters(query, page: number, size: Self.maxPageSize)
            matches += answer.value.contents.filter { $0.name == reference }
            number += 1
        } while number <= Self.pageCount(of: answer.value, size: Self.maxPageSize)
        switch matches.count {
        case 1: return answer.map { _ in matches[0] }
        case 0: throw .invalidRequest("No cluster is named '\(TextSanitizer.singleLine(reference))'. List them with: ocpbackup clusters")
        default:
            throw .invalidRequest(
                "\(matches.count) clusters are named '\(TextSanitizer.singleLine(reference))'; use the id: \(matches.map { String($0.id) }.joined(separator: ", "))."
            )
        }
    }
}
