import OCPAPI

/// One zone of the target as the new tenant would use it: its replica type (`nil`: the zone is
/// not used), unit spec and count as typed.
public struct RestoreZoneForm: Codable, Equatable, Sendable {
    /// The zone's name, as OCP gave it (sanitized when drawn).
    public var name: String
    /// FULL, LOGONLY or READONLY; `nil` leaves the zone out.
    public var replica: ReplicaType?
    /// The unit spec's name, e.g. `S1`.
    public var unitSpec: String
    /// The unit count as typed.
    public var unitCountText: String

    /// A zone used with a FULL replica and one unit of `unitSpec`.
    public init(name: String, replica: ReplicaType? = .full, unitSpec: String = RestoreForm.defaultUnitSpec, unitCountText: String = "1") {
        self.name = name
        self.replica = replica
        self.unitSpec = unitSpec
        self.unitCountText = unitCountText
    }

    /// The unit count, when the text is a whole number.
    public var unitCount: Int? {
        let trimmed = unitCountText.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(trimmed)
    }

    /// The next replica type in the cycle FULL → LOGONLY → READONLY → not used.
    public mutating func cycleReplica() {
        replica =
            switch replica {
            case .full?: .logOnly
            case .logOnly?: .readOnly
            case .readOnly?: nil
            default: .full
            }
    }

    /// The zone as the request names it; `nil` when not used.
    public var requestZone: RestoreZone? {
        guard let replica else { return nil }
        return RestoreZone(
            name: name, replicaType: replica,
            resourcePool: RestoreResourcePool(unitSpecName: unitSpec.trimmingCharacters(in: .whitespaces), unitCount: unitCount))
    }
}
