/// The lifecycle status of an OceanBase cluster as OCP reports it.
public struct ClusterStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Serving normally.
    public static let running = Self(rawValue: "RUNNING")
    /// Being created.
    public static let creating = Self(rawValue: "CREATING")
    /// Being deleted.
    public static let deleting = Self(rawValue: "DELETING")
    /// Starting.
    public static let starting = Self(rawValue: "STARTING")
    /// Restarting.
    public static let restarting = Self(rawValue: "RESTARTING")
    /// Stopping.
    public static let stopping = Self(rawValue: "STOPPING")
    /// Stopped.
    public static let stopped = Self(rawValue: "STOPPED")
    /// Being taken over by OCP.
    public static let takingOver = Self(rawValue: "TAKINGOVER")
    /// Being moved out of OCP.
    public static let movingOut = Self(rawValue: "MOVINGOUT")
    /// Primary/standby switchover in progress.
    public static let switchover = Self(rawValue: "SWITCHOVER")
    /// Failover in progress.
    public static let failover = Self(rawValue: "FAILOVER")
    /// Under maintenance (O&M).
    public static let operating = Self(rawValue: "OPERATING")

    /// The values the OCP 4.2 documentation lists.
    public static let documented: [Self] = [
        .running, .creating, .deleting, .starting, .restarting, .stopping, .stopped,
        .takingOver, .movingOut, .switchover, .failover, .operating,
    ]
}
