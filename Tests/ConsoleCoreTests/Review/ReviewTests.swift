import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct ReviewTests {
    @Test func theReviewShowsTheExactBodyWithSecretsMaskedAndTheNextRuns() {
        let state = WizardHarness.ossReview(secret: "hunter2")
        let review = try! #require(state.wizard?.review)
        #expect(state.wizard?.step == .review)
        #expect(review.requestLine == "POST /api/v2/ob/clusters/1/backup/config/backupStrategy")
        #expect(review.body.contains("\"accessKeySecret\" : \"******\""))
        #expect(!review.body.contains("hunter2"))
        #expect(review.body.contains("\"backupScheduleTime\" : \"02:00:00.000+08:00\""))
        #expect(review.nextRuns.count == 5)
        #expect(review.nextRuns[0].scheduleText == "2026-11-21 Sat 02:00 UTC+08:00")
        #expect(review.longestFullGapDays == 7)
        #expect(review.changes.isEmpty)
        #expect(!String(reflecting: state).contains("hunter2"), "no secret in any dump of the state")
    }

    @Test func modifyListsTheChangedFieldsByJSONPath() {
        let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
        var state = WizardHarness.state(
            with: WizardState(
                options: options, original: Fixtures.strategy(),
                form: StrategyForm(strategy: Fixtures.strategy(), options: options, localOffsetSeconds: 0)))
        state.wizard?.form.timeText = "03:15"
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        let review = try! #require(state.wizard?.review)
        #expect(review.requestLine == "PATCH /api/v2/ob/clusters/1/backup/config/backupStrategy")
        #expect(
            review.changes == [
                FieldChange(path: "obBackupScheduleConfig.backupScheduleTime", old: "\"02:00:00.000+08:00\"", new: "\"03:15:00.000+08:00\"")
            ], "the URL read back as file:///obbackup/ is sent as /obbackup/: the same directory, not a change")
    }

    @Test func aReenteredSecretIsListedMasked() {
        let old = Fixtures.ossStrategy().asRequest
        var new = old
        new.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret = Secret("typed")
        let changes = StrategyDiff.changes(from: old, to: new)
        #expect(
            changes == [
                FieldChange(
                    path: "obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.accessKeySecret", old: "\"******\"",
                    new: "****** (typed again)")
            ])
    }
}
