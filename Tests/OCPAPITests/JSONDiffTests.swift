import OCPAPI
import Testing

/// Field-by-field differences, as the review step and `strategy diff` show them.
struct JSONDiffTests {
    @Test func reportsChangedAddedAndRemovedFieldsByPath() throws {
        var before = StrategyFixtures.physical()
        before.obBackupThresholdConfig?.libObLogExpireDays = 7
        var after = before
        after.obBackupScheduleConfig?.backupScheduleTime = "03:30:00.000+08:00"
        after.obBackupScheduleConfig?.dayAndDataBackupModelMap?["6"] = .incremental
        after.obBackupThresholdConfig?.libObLogExpireDays = nil
        let changes = JSONDiff.changes(
            from: try JSONValue.parse(OCPJSON.encode(before)), to: try JSONValue.parse(OCPJSON.encode(after)))
        #expect(
            changes.map(\.description) == [
                #"~ obBackupScheduleConfig.backupScheduleTime: "02:00:00.000+08:00" → "03:30:00.000+08:00""#,
                #"+ obBackupScheduleConfig.dayAndDataBackupModelMap.6: "INCREMENTAL_BACKUP""#,
                "- obBackupThresholdConfig.libObLogExpireDays: 7",
            ])
    }

    @Test func equalValuesHaveNoChangesAndNullIsAbsent() throws {
        let value = try JSONValue.parse(Array(#"{"a":[1,{"b":null}],"c":"x"}"#.utf8))
        #expect(JSONDiff.changes(from: value, to: value).isEmpty)
        #expect(JSONDiff.changes(from: .object(["a": .null]), to: .object([:])).isEmpty)
    }
}
