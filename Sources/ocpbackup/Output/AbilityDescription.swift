import ConsoleCore
import OCPAPI

/// The ability response in words, the console's lines (`AbilityPresentation`) under a heading
/// naming the cluster: what can be done, what cannot, and OCP's hints.
enum AbilityDescription {
    static func render(cluster: Cluster, ability: BackupAbility) -> String {
        var list = FieldList()
        list.section("Cluster \(TextSanitizer.singleLine(cluster.name)) (id \(cluster.id), OceanBase \(cluster.obVersion ?? "?"))")
        for line in AbilityPresentation.lines(for: ability, cluster: cluster) {
            list.add(line.label, line.text)
        }
        return list.render()
    }
}
