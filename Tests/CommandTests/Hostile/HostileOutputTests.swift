import ConsoleUI
import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// The command line against the hostile fleet: text output and error messages carry no control
/// character and keep their columns; JSON output carries the data exactly (escaped by JSON).
@Suite struct HostileOutputTests {
    static let configuration = SimulatorConfiguration(port: 0, fixtures: .hostile, seed: 5)

    /// Every line of `text` free of anything a terminal would act on.
    static func expectSafe(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let unsafe = text.unicodeScalars.filter { $0 != "\n" && TextSanitizer.isUnsafe($0) }
        #expect(unsafe.isEmpty, "\(what): \(unsafe.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func clusterTableIsSanitizedAndAligned() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let result = try await runner.run(["clusters"])
            #expect(result.status == 0, "\(result.stderr)")
            Self.expectSafe(result.stdout + result.stderr, "clusters")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            #expect(lines.count == HostileFixtures.seeds.count + 1)
            let header = try #require(lines.first)
            let versionColumn = try #require(Self.displayColumn(of: "VERSION", in: header))
            let statusColumn = try #require(Self.displayColumn(of: "STATUS", in: header))
            var checked = 0
            for line in lines.dropFirst() {
                if let column = Self.displayColumn(of: " 4.2.1.0 ", in: line) {
                    #expect(column + 1 == versionColumn, "\(line.prefix(120))")
                    checked += 1
                }
                if let column = Self.displayColumn(of: " RUNNING ", in: line) {
                    #expect(column + 1 == statusColumn, "\(line.prefix(120))")
                }
            }
            #expect(checked >= HostileFixtures.seeds.count / 2)
        }
    }

    @Test func jsonOutputKeepsTheDataExactly() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let result = try await runner.run(["clusters", "--output", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != " " })
            let page = try OCPJSON.decoder().decode(OCPPage<Cluster>.self, from: Data(result.stdout.utf8))
            let names = page.contents.map(\.name)
            let expected = HostileCorpus.strings.map {
                $0.replacingOccurrences(of: HostileCorpus.loneSurrogateMarker, with: "\u{FFFD}")
                    .replacingOccurrences(of: HostileCorpus.invalidUTF8Marker, with: "\u{FFFD}\u{FFFD}")
            }
            #expect(names == expected)
        }
    }

    @Test func abilityStrategyAndDoctorTextIsSanitized() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            var failures = 0
            for seed in HostileFixtures.seeds {
                let ability = try await runner.run(["ability", String(seed.id)])
                Self.expectSafe(ability.stdout + ability.stderr, "ability \(seed.id)")
                if ability.status != 0 {
                    failures += 1
                    #expect(ability.stderr.contains("HTTP 500"), "\(ability.stderr)")
                }
                if await server.state.hasStrategy(clusterId: seed.id) {
                    let show = try await runner.run(["strategy", "show", String(seed.id)])
                    #expect(show.status == 0, "\(show.stderr)")
                    Self.expectSafe(show.stdout + show.stderr, "strategy show \(seed.id)")
                    #expect(show.stdout.contains(Secret.mask) && !show.stdout.contains("hostile-secret"))
                }
            }
            #expect(failures == HostileFixtures.seeds.count / 5)
            let doctor = try await runner.run(["doctor"])
            Self.expectSafe(doctor.stdout + doctor.stderr, "doctor")
        }
    }

    @Test func brokenTextInJSONIsRepairedNotFatal() throws {
        var body = Array(#"{"name":"a\uD800b\\uD800c\uD83D\uDE00","x":""#.utf8)
        body += [0xFF, 0xFE]
        body += Array(#""}"#.utf8)
        let repaired = try #require(JSONTextRepair.repaired(body))
        let value = try JSONValue.parse(repaired)
        #expect(value == .object(["name": .string("a\u{FFFD}b\\uD800c😀"), "x": .string("\u{FFFD}\u{FFFD}")]))
        #expect(JSONTextRepair.repaired(Array(#"{"name":"ok \u00e9 \\u"}"#.utf8)) == nil)
    }

    /// The display column where `needle` starts in `line`, counting wide characters as two.
    static func displayColumn(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return DisplayWidth.width(of: String(line[..<range.lowerBound]))
    }
}
