import ConsoleCore
import OCPAPI
import Testing

@testable import ConsoleUI

/// `n`, `e` and `d` are hinted only when the shown cluster allows them now: no edit or delete
/// without a strategy, no new one beside an existing one, none before a cluster is shown or
/// while its strategy is unread. The help keeps them, marked unavailable, and pressing one still
/// sends its intent (the reducer says why it is refused).
@Suite struct StrategyKeyHintTests {
    let keys = KeyMap.standard
    let strategyKeys: Set<String> = ["n", "e", "d"]

    func hinted(_ state: ConsoleState) -> Set<String> {
        strategyKeys.intersection(keys.hints(in: state).map(\.key))
    }

    func unavailableInHelp(_ state: ConsoleState) -> Set<String> {
        Set(keys.help(in: state).flatMap(\.entries).filter { $0.isDisabled && $0.text.hasPrefix("(unavailable) ") }.map(\.keys))
            .intersection(strategyKeys)
    }

    /// `name`'s detail with `strategy` read (and the ability), or with nothing read yet.
    func detail(_ name: String, strategy: StrategySnapshot?) -> ConsoleState {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select(name)
        if let strategy {
            driver.openDetail(ability: SceneData.ability, strategy: strategy)
        } else {
            driver.send(.openDetail)
        }
        return driver.state
    }

    @Test func aClusterWithAStrategyOffersEditAndDeleteButNotNew() {
        let state = detail("alpha", strategy: .present(SceneData.strategy))
        #expect(hinted(state) == ["e", "d"])
        #expect(unavailableInHelp(state) == ["n"])
    }

    @Test func aClusterWithoutAStrategyOffersOnlyNew() {
        let state = detail("alpha", strategy: StrategySnapshot.none)
        #expect(hinted(state) == ["n"])
        #expect(unavailableInHelp(state) == ["e", "d"])
    }

    @Test func aStandbyClusterWithoutAStrategyOffersNone() {
        let state = Scene.standbyDetail.state
        #expect(state.availability(of: .create)?.reason != nil)
        #expect(hinted(state).isEmpty)
        #expect(unavailableInHelp(state) == strategyKeys)
    }

    @Test func nothingIsOfferedBeforeTheStrategyIsReadOrWhileNoClusterIsShown() {
        #expect(hinted(detail("alpha", strategy: nil)).isEmpty)
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        #expect(driver.state.detailClusterId == nil)
        #expect(hinted(driver.state).isEmpty)
        #expect(unavailableInHelp(driver.state) == strategyKeys)
    }

    @Test func pressingAnUnavailableKeyStillSendsItsIntent() {
        let state = detail("alpha", strategy: StrategySnapshot.none)
        #expect(keys.command(for: .character("e"), in: state) == .send(.editStrategy))
        #expect(keys.command(for: .character("d"), in: state) == .send(.deleteStrategy))
    }
}
