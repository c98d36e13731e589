import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct SubmitTests {
    /// A create wizard on its review step with a valid FILE storage.
    static func reviewState(world: FakeWorld) -> ConsoleState {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.fillValidStorage(&state)
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state, world: world)
        return state
    }

    static let expiry = Fixtures.now.addingTimeInterval(4)

    @Test func oneRequestAtMostAndTheResultShowsTaskIds() async {
        let world = FakeWorld()
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.send(.wizard(.confirmSubmit))
        await store.send(.wizard(.submit))
        await store.send(.wizard(.typed("x")))
        let result = SubmitResult(
            taskType: "CREATE_BACKUP_STRATEGY", taskIds: [3_000_041],
            objects: [ObjectResult(objects: "cluster 1", succeeded: true, taskIds: [3_000_041], note: nil)], traceId: "trace-ok")
        await store.receive(.wizard(.submitFinished(.success(Fixtures.receipt(.createStrategy, tasks: [3_000_041]))))) {
            $0.wizard?.submission = .succeeded(result)
            $0.flash = Flash(id: 1, text: "Strategy created. Tasks: 3000041.", tone: .info, expiresAt: Self.expiry)
            $0.nextFlashId = 2
            $0.strategies[1]?.isLoading = true
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        await store.receive(.strategyLoaded(clusterId: 1, .success(StrategySnapshot.none))) { $0.strategies[1]?.isLoading = false }
        #expect(world.recorded.creates.count == 1)
        #expect(world.recorded.creates[0].obBackupServiceStorageConfig?.configName == "nfs_main")
        #expect(world.recorded.draftDeletes == [DraftKey(profile: "prod", clusterId: 1)])
        #expect(store.state.quitWouldLoseDraft == false)
        store.finish()
    }

    @Test func aReviewWithoutAPreparedRequestIsNotConfirmed() async {
        let world = FakeWorld()
        var state = Self.reviewState(world: world)
        state.wizard?.review?.mutation = nil
        let store = world.store(state)
        await store.send(.wizard(.submit)) {
            $0.wizard?.refusal = ["The request could not be prepared, so there is nothing to send; go back a step and check the fields."]
        }
        await store.send(.wizard(.confirmSubmit))
        #expect(world.recorded.mutations.isEmpty)
        store.finish()
    }

    @Test func decliningTheConfirmationSendsNothing() async {
        let world = FakeWorld()
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.back) { $0.wizard?.submission = .idle }
        #expect(world.recorded.creates.isEmpty)
        store.finish()
    }

    /// OCP refusing the create: the storage name is taken.
    static let nameTaken = OCPAPIError(
        kind: .ocp, httpStatus: 400, code: "BAK29024", message: "The storage config name already exists", traceId: "t-9")

    /// What `nameTaken` does to the wizard: back to the storage step, the name focused and marked.
    static func backToTheName(_ state: inout ConsoleState) {
        state.wizard?.submission = .failed(ErrorInfo(nameTaken))
        state.wizard?.step = .storage
        state.wizard?.focusIndex = 1
        state.wizard?.review = nil
        state.wizard?.warnings = []
        state.wizard?.fieldErrors[.storage(.configName)] = "BAK29024 (HTTP 400): The storage config name already exists [traceId t-9]"
    }

    @Test func anOCPErrorReturnsToTheStepItConcerns() async {
        let world = FakeWorld(.init(create: .failure(Self.nameTaken)))
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(Self.nameTaken)))), Self.backToTheName)
        store.finish()
    }

    /// The review, the send and (through `ConsoleAudit`, tested in CommandTests) the audit use
    /// one prepared request: the bytes sent are the bytes reviewed.
    @Test func theRequestSentIsTheRequestReviewed() async throws {
        let world = FakeWorld(.init(create: .failure(Self.nameTaken)))
        let state = Self.reviewState(world: world)
        let review = try #require(state.wizard?.review)
        let reviewed = try #require(review.mutation)
        #expect(review.body == reviewed.request.maskedBody())
        #expect(review.requestLine == "POST /api/v2/ob/clusters/1/backup/config/backupStrategy")
        let store = world.store(state)
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(Self.nameTaken)))), Self.backToTheName)
        #expect(world.recorded.mutations == [reviewed])
        #expect(world.recorded.mutations.first?.request.body == reviewed.request.body)
        store.finish()
    }

    @Test func anUnknownOutcomeRereadsAndNeverResendsByItself() async {
        let unknown = OCPAPIError(kind: .outcomeUnknown, message: "No answer came back for POST; OCP may or may not have applied it.")
        let world = FakeWorld(.init(strategy: .success(Fixtures.strategy()), create: .failure(unknown)))
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(unknown))))) {
            $0.wizard?.submission = .outcomeUnknown(ErrorInfo(unknown))
        }
        await store.send(.wizard(.submit))
        await store.receive(.wizard(.strategyReread(.success(.present(Fixtures.strategy()))))) {
            $0.wizard?.submission = .reread(ErrorInfo(unknown), current: .present(Fixtures.strategy()))
            $0.strategies[1] = Loadable(value: .present(Fixtures.strategy()), loadedAt: Fixtures.now)
        }
        await store.send(.wizard(.submit)) {
            $0.flash = Flash(
                id: 1, text: "The strategy exists now: the create was applied. Close the wizard and edit it if needed.", tone: .error,
                expiresAt: Self.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        #expect(world.recorded.creates.count == 1)
        #expect(world.recorded.strategyReads == [1])
        store.finish()
    }

    @Test func afterARereadShowingNothingARetryNeedsANewConfirmation() async {
        let unknown = OCPAPIError(kind: .outcomeUnknown, message: "dropped")
        let world = FakeWorld(.init(create: .failure(unknown)))
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(unknown))))) { $0.wizard?.submission = .outcomeUnknown(ErrorInfo(unknown)) }
        await store.receive(.wizard(.strategyReread(.success(StrategySnapshot.none)))) {
            $0.wizard?.submission = .reread(ErrorInfo(unknown), current: StrategySnapshot.none)
            $0.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        #expect(world.recorded.creates.count == 1)
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(unknown))))) { $0.wizard?.submission = .outcomeUnknown(ErrorInfo(unknown)) }
        await store.receive(.wizard(.strategyReread(.success(StrategySnapshot.none)))) {
            $0.wizard?.submission = .reread(ErrorInfo(unknown), current: StrategySnapshot.none)
        }
        #expect(world.recorded.creates.count == 2)
        store.finish()
    }

    @Test func aFailedRereadIsRetriedOnlyWhenAsked() async {
        let unknown = OCPAPIError(kind: .outcomeUnknown, message: "dropped")
        let down = OCPAPIError(kind: .connection, message: "Could not connect to OCP: refused.")
        let world = FakeWorld(.init(strategy: .failure(down), create: .failure(unknown)))
        let store = world.store(Self.reviewState(world: world))
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.failure(ErrorInfo(unknown))))) { $0.wizard?.submission = .outcomeUnknown(ErrorInfo(unknown)) }
        await store.receive(.wizard(.strategyReread(.failure(ErrorInfo(down))))) {
            $0.wizard?.submission = .rereadFailed(ErrorInfo(unknown), reread: ErrorInfo(down))
        }
        await store.send(.wizard(.submit))
        world.set { $0.strategy = .success(nil) }
        await store.send(.wizard(.rereadStrategy)) { $0.wizard?.submission = .outcomeUnknown(ErrorInfo(unknown)) }
        await store.receive(.wizard(.strategyReread(.success(StrategySnapshot.none)))) {
            $0.wizard?.submission = .reread(ErrorInfo(unknown), current: StrategySnapshot.none)
            $0.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        #expect(world.recorded.creates.count == 1)
        store.finish()
    }

    @Test func modifySendsPatchWithTheStorageIdAndSaysChanged() async {
        let world = FakeWorld()
        let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
        var state = WizardHarness.state(
            with: WizardState(
                options: options, original: Fixtures.strategy(),
                form: StrategyForm(strategy: Fixtures.strategy(), options: options, localOffsetSeconds: 0)))
        state.wizard?.form.timeText = "04:00"
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state, world: world)
        let store = world.store(state)
        await store.send(.wizard(.submit)) { $0.wizard?.submission = .confirming }
        await store.send(.wizard(.confirmSubmit)) { $0.wizard?.submission = .inFlight }
        await store.receive(.wizard(.submitFinished(.success(Fixtures.receipt(.updateStrategy, tasks: []))))) {
            $0.wizard?.submission = .succeeded(
                SubmitResult(
                    taskType: "UPDATE_BACKUP_STRATEGY", taskIds: [],
                    objects: [ObjectResult(objects: "cluster 1", succeeded: true, taskIds: [], note: nil)], traceId: "trace-ok"))
            $0.flash = Flash(id: 1, text: "Strategy changed.", tone: .info, expiresAt: Self.expiry)
            $0.nextFlashId = 2
            $0.strategies[1]?.isLoading = true
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        await store.receive(.strategyLoaded(clusterId: 1, .success(StrategySnapshot.none))) {
            $0.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        #expect(world.recorded.modifies.count == 1)
        #expect(world.recorded.modifies[0].obBackupServiceStorageConfig?.storageId == 2_000_034)
        #expect(world.recorded.modifies[0].obBackupScheduleConfig?.backupScheduleTime == "04:00:00.000+08:00")
        #expect(world.recorded.creates.isEmpty)
        store.finish()
    }

    /// `strategy` as OCP reads it back (the URL with its protocol, OCP's own service fields and
    /// hosts), opened for edit and taken to the review without a change.
    static func reviewOfReadBack(_ read: BackupStrategy, world: FakeWorld) -> ConsoleState {
        var strategy = read
        strategy.obBackupServiceStorageConfig?.serviceType = .obCluster
        strategy.obBackupServiceStorageConfig?.serviceId = 1
        strategy.obBackupServiceStorageConfig?.serviceName = "alpha"
        strategy.obBackupServiceStorageConfig?.hostIdList = [11, 12]
        let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
        var state = WizardHarness.state(
            with: WizardState(options: options, original: strategy, form: StrategyForm(strategy: strategy, options: options, localOffsetSeconds: 0)))
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state, world: world)
        return state
    }

    @Test func aStrategyReadBackAndLeftAsItIsHasNoChangesAndIsNotSent() async {
        let world = FakeWorld()
        let state = Self.reviewOfReadBack(Fixtures.strategy(), world: world)
        #expect(state.wizard?.review?.changes == [])
        #expect(state.wizard?.review?.warnings.contains(ConsoleFeature.unchangedReason.english) == true)
        let store = world.store(state)
        await store.send(.wizard(.submit)) { $0.wizard?.refusal = [ConsoleFeature.unchangedReason.english] }
        #expect(world.recorded.modifies.isEmpty)
        store.finish()
    }

    @Test func anObjectStorageStrategyReadBackListsOnlyItsSecretTypedAgain() {
        let world = FakeWorld()
        var state = Self.reviewOfReadBack(Fixtures.ossStrategy(), world: world)
        state.wizard?.form.storage.secret = Secret("typed-again-secret")
        WizardHarness.apply([.previousStep, .nextStep], to: &state, world: world)
        let secretPath = "obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.accessKeySecret"
        #expect(state.wizard?.review?.changes == [FieldChange(path: secretPath, old: "\"******\"", new: Secret.mask + " (typed again)")])
    }
}
