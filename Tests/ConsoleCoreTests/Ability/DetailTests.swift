import Localization
import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct DetailTests {
    static func state(_ clusters: [Cluster], readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleState(profile: "prod", readOnly: readOnly)
        state.list.merge(clusters)
        return state
    }

    @Test func openingACusterLoadsItsAbilityAndStrategyOnceThenUsesTheCache() async {
        let world = FakeWorld(.init(strategy: .success(Fixtures.strategy())))
        // The Strategy tab reads the ability and the strategy only (the Overview reads more).
        var state = Self.state([Fixtures.cluster(1, "alpha")])
        state.detailTab = .strategy
        let store = world.store(state)
        await store.send(.openDetail) {
            $0.detailClusterId = 1
            $0.focus = .detail
            $0.abilities[1] = Loadable(isLoading: true)
            $0.strategies[1] = Loadable(isLoading: true)
        }
        await store.receive(.abilityLoaded(clusterId: 1, .success(Fixtures.ability()))) {
            $0.abilities[1] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        }
        await store.receive(.strategyLoaded(clusterId: 1, .success(.present(Fixtures.strategy())))) {
            $0.strategies[1] = Loadable(value: .present(Fixtures.strategy()), loadedAt: Fixtures.now)
        }
        #expect(
            store.state.strategyCommands == [
                .create: .disabled(Bilingual("The cluster already has a strategy; edit it instead.", "该集群已有备份策略；请改为编辑。")), .edit: .enabled,
                .delete: .enabled,
            ])
        await store.send(.back) { $0.focus = .list }
        await store.send(.openDetail) { $0.focus = .detail }
        #expect(world.recorded.abilityReads == [1])
        store.finish()
    }

    @Test func refreshInTheDetailPaneRereadsAndAnErrorKeepsTheLastGoodValue() async {
        var state = Self.state([Fixtures.cluster(1, "alpha")])
        state.detailClusterId = 1
        state.focus = .detail
        state.abilities[1] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        state.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        state.detailTab = .strategy
        let failure = OCPAPIError(kind: .ocp, httpStatus: 403, code: "IAM10003", message: "no permission", traceId: "t-1")
        let world = FakeWorld(.init(ability: .failure(failure), strategy: .failure(failure)))
        let store = world.store(state)
        await store.send(.refresh) {
            $0.abilities[1]?.isLoading = true
            $0.strategies[1]?.isLoading = true
        }
        await store.receive(.abilityLoaded(clusterId: 1, .failure(ErrorInfo(failure)))) {
            $0.abilities[1]?.isLoading = false
            $0.abilities[1]?.error = ErrorInfo(failure)
        }
        await store.receive(.strategyLoaded(clusterId: 1, .failure(ErrorInfo(failure)))) {
            $0.strategies[1]?.isLoading = false
            $0.strategies[1]?.error = ErrorInfo(failure)
        }
        #expect(store.state.abilities[1]?.value == Fixtures.ability())
        #expect(store.state.abilities[1]?.error?.traceId == "t-1")
        store.finish()
    }

    @Test func theAbilityIsSaidInWords() {
        var ability = Fixtures.ability(.logicalAndPhysical)
        ability.obBackupCondition = BackupCondition(needAgentToBackup: false, needAgentToRestore: true, agentMetaDbSchema: "meta\u{1B}")
        ability.obRestoreConditionCheckResult = RestoreConditionCheckResult(
            backupTaskType: "PHYSICAL_BACKUP", beReady: false, needDependentOnAgents: .string("true"), serviceNameList: ["svc1", "svc2"],
            agentMetaDbSchema: nil, errorCodes: .array([.string("BAK30008")]), hint: "Install agents")
        let lines = AbilityPresentation.lines(for: ability, cluster: Fixtures.cluster(1, "alpha"), in: .english)
        #expect(
            lines.map(\.label) == [
                "Backup modes", "Mode in use", "Full backup", "Incremental backup", "Incremental now", "Hint", "Backup agent", "Restore agent",
                "Agent meta schema", "Restore", "Restore task type", "Depends on agents", "Services", "Restore errors", "Restore hint",
            ])
        #expect(lines[0] == AbilityLine(label: "Backup modes", text: "Logical and physical backup", tone: .can))
        #expect(lines[4] == AbilityLine(label: "Incremental now", text: "Not yet: a full backup must run first", tone: .cannot))
        #expect(lines[8].text == "meta\u{FFFD}")
        #expect(lines[13] == AbilityLine(label: "Restore errors", text: "[\"BAK30008\"]", tone: .cannot))
    }

    @Test func aClusterThatIsNotARunningPrimarySaysWhyNoStrategyCanBeMade() {
        let standby = Fixtures.cluster(2, "standby", type: .standby)
        let lines = AbilityPresentation.lines(for: Fixtures.ability(), cluster: standby, in: .english)
        #expect(lines.first?.tone == .cannot)
        #expect(lines.first?.text.contains("standby") == true)
        let stopped = Fixtures.cluster(3, "stopped", status: .stopped)
        let availability = StrategyActions.availability(
            of: .create, cluster: stopped, ability: Fixtures.ability(), snapshot: StrategySnapshot.none, readOnly: false)
        #expect(availability.reason?.english.contains("STOPPED") == true)
        #expect(availability.reason?.chinese.contains("STOPPED") == true)
    }

    @Test func readOnlyDisablesEveryStrategyCommand() async {
        var state = Self.state([Fixtures.cluster(1, "alpha")], readOnly: true)
        state.detailClusterId = 1
        state.abilities[1] = Loadable(value: Fixtures.ability())
        state.strategies[1] = Loadable(value: StrategySnapshot.none)
        #expect(state.strategyCommands.values.allSatisfy { $0.reason?.english == "The console is read-only." })
        let store = FakeWorld().store(state)
        await store.send(.newStrategy) {
            $0.flash = Flash(id: 1, text: "The console is read-only.", tone: .error, expiresAt: Fixtures.now.addingTimeInterval(4))
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
    }
}
