import Foundation
import Testing

/// The executable's behaviour that needs no server: usage, validation, dry runs, secrets.
struct OfflineCommandTests {
    static let validBody = StrategyYAML.body(
        days: ["2: FULL_BACKUP", "4: INCREMENTAL_BACKUP"], configName: "oss_main",
        storage: """
                backupStorageType: BACKUP_STORAGE_OSS
                storageUrl: bucket/backup
                ossAccessKey:
                  endpoint: oss-cn-hangzhou.aliyuncs.com
                  accessKeyId: LTAIexample
                  accessKeySecret: very-secret-value
            """)

    @Test func dryRunPrintsMethodPathAndExactBodyWithSecretsMasked() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("body.yaml", Self.validBody)
        let result = try await runner.run(["strategy", "create", "42", "--file", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "POST /api/v2/ob/clusters/42/backup/config/backupStrategy")
        #expect(lines.count == 2)
        #expect(
            lines.last
                == #"{"backupMode":"PHYSICAL_BACKUP","obBackupScheduleConfig":{"backupScheduleMode":"WEEK","backupScheduleTime":"02:00:00.000+08:00","dayAndDataBackupModelMap":{"2":"FULL_BACKUP","4":"INCREMENTAL_BACKUP"},"startLogBackup":true},"obBackupServiceStorageConfig":{"configName":"oss_main","obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_OSS","ossAccessKey":{"accessKeyId":"LTAIexample","accessKeySecret":"******","endpoint":"oss-cn-hangzhou.aliyuncs.com"},"storageUrl":"bucket/backup"}},"obBackupThresholdConfig":{"dataBackupTimeoutMinutes":120,"logBackupDelaySeconds":300,"noSuccessfulDataBackupAlarmDays":2}}"#
        )
        #expect(!result.stdout.contains("very-secret-value"))
    }

    @Test func modifyDryRunUsesPatch() async throws {
        let runner = try CommandRunner()
        let file = try runner.write(
            "body.json",
            #"{"backupMode":"PHYSICAL_BACKUP","obBackupScheduleConfig":{"backupScheduleMode":"MONTH","backupScheduleTime":"01:30:00.000+00:00","dayAndDataBackupModelMap":{"1":"FULL_BACKUP","15":"FULL_BACKUP"},"startLogBackup":true},"obBackupThresholdConfig":{"dataBackupTimeoutMinutes":60,"logBackupDelaySeconds":60,"noSuccessfulDataBackupAlarmDays":31},"obBackupServiceStorageConfig":{"configName":"nfs_a","alarmStoragePercentageThreshold":80,"obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/data/backup"}}}"#
        )
        let result = try await runner.run(["strategy", "modify", "7", "-f", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("PATCH /api/v2/ob/clusters/7/backup/config/backupStrategy\n{"))
    }

    @Test func invalidBodyExitsTwoNamingEveryProblemAndSendsNothing() async throws {
        let runner = try CommandRunner()
        let body = Self.validBody.replacingOccurrences(of: "\"02:00:00.000+08:00\"", with: "\"2am\"")
            .replacingOccurrences(of: "oss_main", with: "9bad")
        let file = try runner.write("bad.yaml", body)
        let result = try await runner.run(["strategy", "create", "42", "--file", file, "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("BAK21007"))
        #expect(result.stderr.contains("BAK10004"))
        #expect(result.stderr.contains("nothing was sent"))
    }

    @Test func unknownFieldsInTheFileAreRefused() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("typo.yaml", Self.validBody.replacingOccurrences(of: "startLogBackup", with: "startLogBackUp"))
        let result = try await runner.run(["strategy", "create", "1", "--file", file, "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("obBackupScheduleConfig.startLogBackUp"))
    }

    @Test func secretsAreNeverAcceptedAsFlagValues() async throws {
        let runner = try CommandRunner()
        for flag in ["--password", "--access-key-secret", "--secret"] {
            let result = try await runner.run(["clusters", "--url", "http://127.0.0.1:1", "--user", "admin", flag, "hunter2"])
            #expect(result.status == 2, "\(flag)")
        }
    }

    @Test func aSecretFileReadableByOthersIsRefusedWithTheFix() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("password", "hunter2\n", mode: 0o644)
        let result = try await runner.run(["clusters", "--url", "http://127.0.0.1:1", "--user", "admin", "--password-file", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("chmod 600 \(file)"))
        #expect(!result.stderr.contains("hunter2"))
    }

    @Test func missingConnectionSettingsAreUsageErrors() async throws {
        let runner = try CommandRunner()
        #expect(try await runner.run(["clusters"]).status == 2)
        #expect(try await runner.run(["clusters", "--url", "ocp.example.com"]).stderr.contains("http://"))
        #expect(try await runner.run(["clusters", "--url", "http://127.0.0.1:1"]).stderr.contains("No credentials"))
        #expect(try await runner.run(["clusters", "--lang", "fr-FR"]).status == 2)
    }

    @Test func anUnreachableServerExitsThree() async throws {
        var runner = try CommandRunner()
        runner.environment = ["OCP_URL": "http://127.0.0.1:9", "OCP_USER": "admin", "OCP_PASSWORD": "x"]
        let result = try await runner.run(["ability", "1", "--timeout", "5"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("error: Connection refused by 127.0.0.1:9: nothing listens there."), "\(result.stderr)")
        #expect(result.stderr.contains("next: Check the OCP URL"))
        #expect(result.stderr.filter { $0 == "(" }.count == result.stderr.filter { $0 == ")" }.count, "unbalanced: \(result.stderr)")
    }

    @Test func readOnlyRefusesChangesBeforeSending() async throws {
        var runner = try CommandRunner()
        runner.environment = ["OCP_URL": "http://127.0.0.1:9", "OCP_USER": "admin", "OCP_PASSWORD": "x"]
        let file = try runner.write("body.yaml", Self.validBody)
        let create = try await runner.run(["strategy", "create", "1", "--file", file, "--readonly"])
        #expect(create.status == 2)
        #expect(create.stderr.contains("Read-only"))
        let delete = try await runner.run(["strategy", "delete", "1", "--yes", "--readonly"])
        #expect(delete.status == 2)
    }

    @Test func deleteWithoutATerminalNeedsYes() async throws {
        var runner = try CommandRunner()
        runner.environment = ["OCP_URL": "http://127.0.0.1:9", "OCP_USER": "admin", "OCP_PASSWORD": "x"]
        let result = try await runner.run(["strategy", "delete", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--yes"))
    }

    @Test func helpAndVersionExitZero() async throws {
        let runner = try CommandRunner()
        let help = try await runner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit codes"))
        #expect(try await runner.run(["--version"]).status == 0)
    }
}
