import OCPAPI

extension Cluster {
    /// `交易核心集群 (id 1000001)`, the name made safe to print: how messages name a cluster.
    var label: String { "\(TextSanitizer.singleLine(name)) (id \(id))" }
}
