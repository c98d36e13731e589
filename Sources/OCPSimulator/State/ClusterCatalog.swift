import OCPAPI

/// Every simulated cluster: the fixtures, then `generatedCount` generated ones. Nothing is built
/// until asked for, so a fleet of 100,000 costs nothing until a page of it is read.
package struct ClusterCatalog: Sendable {
    /// The fixture seeds.
    package let fixtures: [ClusterSeed]
    /// How many generated clusters follow the fixtures.
    package let generatedCount: Int
    /// The UTC offset times are written in.
    package let utcOffsetSeconds: Int
    /// The fleet the fixtures come from.
    package let fixtureSet: FixtureSet

    /// Makes a catalog.
    package init(fixtureSet: FixtureSet = .demo, generatedCount: Int, utcOffsetSeconds: Int) {
        self.fixtureSet = fixtureSet
        self.fixtures = fixtureSet.seeds
        self.generatedCount = generatedCount
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Number of clusters.
    package var count: Int { fixtures.count + generatedCount }

    /// The seed at `index` (0-based, id order).
    package func seed(at index: Int) -> ClusterSeed {
        index < fixtures.count ? fixtures[index] : DemoFixtures.generatedSeed(index - fixtures.count, after: fixtures.count)
    }

    /// The seed with OCP id `id`, if any.
    package func seed(id: Int64) -> ClusterSeed? {
        if let fixture = fixtures.first(where: { $0.id == id }) { return fixture }
        let index = Int(id - DemoFixtures.firstId) - fixtures.count
        guard index >= 0, index < generatedCount else { return nil }
        return DemoFixtures.generatedSeed(index, after: fixtures.count)
    }

    /// The position of `seed` among the generated clusters, or `nil` for a fixture.
    package func generatedIndex(of seed: ClusterSeed) -> Int? {
        let index = Int(seed.id - DemoFixtures.firstId) - fixtures.count
        return index >= 0 && index < generatedCount ? index : nil
    }

    /// The backup ability of `seed`.
    package func ability(for seed: ClusterSeed) -> BackupAbility {
        fixtureSet == .hostile ? HostileFixtures.ability(for: seed) : AbilityFactory.ability(for: seed)
    }

    /// The error the ability of `seed` answers with instead, if any (only in the hostile fleet).
    package func abilityFailure(for seed: ClusterSeed) -> SimulatorAPIError? {
        fixtureSet == .hostile ? HostileFixtures.abilityFailure(for: seed) : nil
    }

    /// The full cluster object of `seed`.
    package func cluster(_ seed: ClusterSeed) -> Cluster { ClusterBuilder.cluster(seed, utcOffsetSeconds: utcOffsetSeconds) }

    /// One page of the clusters `query` selects, in its order.
    package func page(_ query: ClusterListQuery) -> OCPPage<Cluster> {
        let total: Int
        let selected: [ClusterSeed]
        let start = (query.page - 1) * query.size
        if query.isPlain {
            total = count
            let upper = min(total, start + query.size)
            selected = start < upper ? (start..<upper).map { seed(at: $0) } : []
        } else {
            var matches = Array((0..<count).lazy.map { seed(at: $0) }.filter { query.matches($0) })
            if let order = query.order { matches.sort(by: order.areInIncreasingOrder) }
            total = matches.count
            selected = start < total ? Array(matches[start..<min(total, start + query.size)]) : []
        }
        let pages = total == 0 ? 0 : (total + query.size - 1) / query.size
        return OCPPage(
            contents: selected.map(cluster), page: OCPPageInfo(number: query.page, size: query.size, totalElements: total, totalPages: pages))
    }
}
