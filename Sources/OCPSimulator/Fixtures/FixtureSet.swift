import OCPAPI

/// Which fleet the simulator serves.
public enum FixtureSet: String, Sendable, Hashable, CaseIterable {
    /// The demo fleet of a dozen clusters (``DemoFixtures``).
    case demo
    /// One cluster per hostile string, with hostile ability texts, errors and strategies
    /// (``HostileFixtures``), to check that nothing reaches a terminal raw.
    case hostile

    /// The fixture clusters.
    package var seeds: [ClusterSeed] { self == .hostile ? HostileFixtures.seeds : DemoFixtures.seeds }

    /// The strategies the fleet starts with.
    public func strategies(utcOffsetSeconds: Int) -> [BackupStrategy] {
        self == .hostile
            ? HostileFixtures.strategies(utcOffsetSeconds: utcOffsetSeconds) : DemoFixtures.strategies(utcOffsetSeconds: utcOffsetSeconds)
    }
}
