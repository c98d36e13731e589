import Foundation

extension RestoreRules {
    /// What is wrong with the new tenant's zones in `target`, each finding naming its field under
    /// `field` (the `restoreTenantInfoParam` path): a zone the target does not have (checked when
    /// the target lists its zones), a zone given twice, a replica type other than FULL, LOGONLY or
    /// READONLY, a pool without unit spec or with fewer than one unit, unequal unit counts on
    /// OceanBase 4.x (BAK42003), a primary zone naming another zone.
    public static func resourceFindings(_ info: RestoreTenantInfo?, target: Cluster, field: String) -> [RestoreFinding] {
        func finding(_ path: String, _ refusal: RestoreRefusal) -> RestoreFinding {
            RestoreFinding(step: .resources, field: "\(field).\(path)", refusal: refusal)
        }
        guard let zones = info?.zones, !zones.isEmpty else { return [finding("zones", .zonesMissing)] }
        let known = (target.zones ?? []).compactMap(\.name)
        var findings: [RestoreFinding] = []
        var seen = Set<String>()
        for (index, zone) in zones.enumerated() {
            let path = "zones[\(index)]"
            if !known.isEmpty, !known.contains(zone.name ?? "") {
                findings.append(finding("\(path).name", .zoneUnknown(zone.name, known: known.sorted())))
            } else if let name = zone.name, !seen.insert(name).inserted {
                findings.append(finding("\(path).name", .zoneRepeated(name)))
            }
            if !(zone.replicaType?.isDocumented ?? false) {
                findings.append(finding("\(path).replicaType", .replicaTypeInvalid(zone.replicaType?.rawValue)))
            }
            if (zone.resourcePool?.unitSpecName ?? "").isEmpty || (zone.resourcePool?.unitCount ?? 0) < 1 {
                findings.append(finding("\(path).resourcePool", .poolIncomplete(zone: zone.name)))
            }
        }
        let counts = zones.map { $0.resourcePool?.unitCount }
        if let version = target.version, version >= OBVersion(4), Set(counts).count > 1 {
            findings.append(finding("zones", .unitCountsDiffer(zones.map { RestoreZoneCount(zone: $0.name, unitCount: $0.resourcePool?.unitCount) })))
        }
        let names = zones.compactMap(\.name)
        for zone in primaryZones(info?.primaryZone) where zone.uppercased() != "RANDOM" && !names.contains(zone) {
            findings.append(finding("primaryZone", .primaryZoneUnknown(zone, zones: names)))
        }
        return findings
    }

    /// The zones OceanBase's primary-zone notation names (`,` joins zones of one priority, `;`
    /// separates priorities).
    static func primaryZones(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
