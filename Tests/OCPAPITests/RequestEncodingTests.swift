import Foundation
import OCPAPI
import Testing

/// Strict writing: documented names and placement, nothing invented, secrets only where sent.
struct RequestEncodingTests {
    @Test func writesOnlyWhatIsSetWithSortedKeysAndThresholdBesideTheBaseInfo() throws {
        let bytes = try OCPJSON.encode(StrategyFixtures.fileStorage())
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"alarmStoragePercentageThreshold":80,"configName":"nfs_main","obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/obbackup/"}}"#
        )
    }

    @Test func secretsAreSentButMaskedWhenShown() throws {
        var request = StrategyFixtures.physical()
        request.obBackupServiceStorageConfig = StrategyFixtures.ossStorage()
        let prepared = try OCPClient.createStrategyRequest(clusterId: 9, body: request)
        #expect(String(decoding: try #require(prepared.body), as: UTF8.self).contains("s3cr3t-value"))
        let shown = try #require(prepared.maskedBody(pretty: false))
        #expect(!shown.contains("s3cr3t-value"))
        #expect(shown.contains(#""accessKeySecret":"******""#))
        #expect(String(describing: request).contains("s3cr3t-value") == false)
        #expect(String(reflecting: Secret("x")) == "******")
    }

    @Test func theRawDataOfAnAnswerIsTheExactBytes() throws {
        let body = Array(OfficialSamples.createResponse.utf8)
        let raw = try #require(JSONFieldExtractor.value(of: "data", in: body))
        #expect(String(decoding: raw, as: UTF8.self).hasPrefix(#"{"backupObjectOpsResultList":[{"beSuccessful":true,"#))
        #expect(String(decoding: raw, as: UTF8.self).hasSuffix(#""obBackupTaskType":"CREATE_BACKUP_STRATEGY"}"#))
        #expect(JSONFieldExtractor.value(of: "traceId", in: body).map { String(decoding: $0, as: UTF8.self) } == #""5962f337662d4043""#)
        #expect(JSONFieldExtractor.value(of: "missing", in: body) == nil)
    }

    @Test func sanitizerRemovesEveryControlAndFormatCharacter() {
        let hostile = "a\u{1B}]0;pwned\u{07}b\rc\u{202E}d\u{200B}e\u{9B}f\tg"
        let safe = TextSanitizer.singleLine(hostile)
        #expect(!safe.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        #expect(safe == "a\u{FFFD}]0;pwned\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f g")
        #expect(TextSanitizer.singleLine("交易核心") == "交易核心")
    }
}
