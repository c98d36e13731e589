import ConsoleCore
import Localization
import OCPAPI

/// The ability response in words, the console's lines (`AbilityPresentation`) under a heading
/// naming the cluster: what can be done, what cannot, and OCP's hints.
enum AbilityDescription {
    static func render(cluster: Cluster, ability: BackupAbility, language: Language) -> String {
        var list = FieldList()
        let name = TextSanitizer.singleLine(cluster.name)
        let version = cluster.obVersion ?? "?"
        list.section(
            language.pick("Cluster \(name) (id \(cluster.id), OceanBase \(version))", "集群 \(name)（ID \(cluster.id)，OceanBase \(version)）"))
        for line in AbilityPresentation.lines(for: ability, cluster: cluster, in: language) {
            list.add(line.label, line.text)
        }
        return list.render()
    }
}
