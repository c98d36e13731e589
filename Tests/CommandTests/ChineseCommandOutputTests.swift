import ConsoleUI
import Foundation
import Testing

/// The commands that speak Chinese print Chinese with `--lang zh-CN` or a Chinese locale,
/// with the columns still aligned by display width; OCP's own values (statuses, names) are
/// printed as OCP sent them.
struct ChineseCommandOutputTests {
    @Test func clustersTableHasChineseHeadingsAligned() async throws {
        try await LiveCommandHarness.with { _, runner in
            let result = try await runner.run(["clusters", "--lang", "zh-CN"])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let heading = try #require(lines.first)
            #expect(heading.hasPrefix("ID"), "\(heading)")
            #expect(heading.contains("名称") && heading.contains("版本") && heading.contains("状态") && heading.contains("类型"), "\(heading)")
            let column = { (line: String) -> Int in
                guard let range = line.range(of: #"\s(\d\.\d[\d.]*|版本)\s"#, options: .regularExpression) else { return -1 }
                return DisplayWidth.width(of: String(line[..<range.lowerBound]))
            }
            #expect(Set(lines.map(column)).count == 1, "版本 is not one column: \(lines)")
            #expect(result.stdout.contains("RUNNING"), "OCP's statuses are printed as sent")
        }
    }

    @Test func theLocaleChoosesChineseAndTheFlagEnglish() async throws {
        try await LiveCommandHarness.with { _, runner in
            var chinese = runner
            chinese.environment["LC_MESSAGES"] = "zh_CN.UTF-8"
            let fromLocale = try await chinese.run(["clusters"])
            #expect(fromLocale.stdout.hasPrefix("ID  "), "\(fromLocale.stdout)")
            #expect(fromLocale.stdout.contains("名称"), "\(fromLocale.stdout)")
            let english = try await chinese.run(["clusters", "--lang", "en-US"])
            #expect(english.stdout.contains("NAME") && !english.stdout.contains("名称"), "\(english.stdout)")
        }
    }

    @Test func tenantsAbilityAndStrategyInChinese() async throws {
        try await LiveCommandHarness.with { _, runner in
            let tenants = try await runner.run(["tenants", "1000001", "--lang", "zh-CN"])
            #expect(tenants.status == 0, "\(tenants.stderr)")
            #expect(tenants.stdout.contains("可用区") && tenants.stdout.contains("创建时间"), "\(tenants.stdout)")
            let ability = try await runner.run(["ability", "legacy-logical", "--lang", "zh-CN"])
            #expect(ability.status == 0, "\(ability.stderr)")
            #expect(ability.stdout.contains("仅逻辑备份"), "\(ability.stdout)")
            #expect(ability.stdout.hasPrefix("集群 legacy-logical（ID "), "\(ability.stdout)")
            let standby = try await runner.run(["ability", "风控_备库", "--lang", "zh-CN"])
            #expect(standby.stdout.contains("备集群不能有备份策略"), "\(standby.stdout)")
            let strategy = try await runner.run(["strategy", "show", "1000001", "--lang", "zh-CN"])
            #expect(strategy.status == 0, "\(strategy.stderr)")
            #expect(strategy.stdout.contains("的备份策略") && strategy.stdout.contains("备份调度:"), "\(strategy.stdout)")
            #expect(strategy.stdout.contains("每周：") || strategy.stdout.contains("每月："), "\(strategy.stdout)")
        }
    }
}
