import Foundation
import OCPAPI
import OCPSimulator
import Testing

@Suite("--state FILE persistence")
struct StateFileTests {
    /// A fresh directory for one test.
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocpsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func strategiesSurviveARestart() async throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json").path
        let configuration = SimulatorConfiguration(port: 0, stateFile: file, seed: 1)
        try await LiveSimulator.with(configuration, credentials: LiveSimulator.accessKey) { _, client in
            _ = try await client.createBackupStrategy(clusterId: StrategySamples.orders, StrategySamples.oss(secret: "kept-secret"))
            _ = try await client.deleteBackupStrategy(clusterId: StrategySamples.core)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "state.json" }
        #expect(leftovers.isEmpty)
        try await LiveSimulator.with(configuration) { server, client in
            let strategy = try await client.backupStrategy(clusterId: StrategySamples.orders).value
            #expect(strategy.obBackupServiceStorageConfig?.configName == "oss_main")
            #expect(try await client.backupStrategyIfAny(clusterId: StrategySamples.core) == nil)
            #expect(try await client.backupStrategyIfAny(clusterId: StrategySamples.risk) != nil)
            let stored = await server.state.strategy(clusterId: StrategySamples.orders)
            #expect(stored?.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.reveal() == "kept-secret")
        }
    }

    @Test func corruptFileIsReportedAndLeftAlone() async throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json").path
        try Data("{\"version\": 1, \"strategies\": [".utf8).write(to: URL(fileURLWithPath: file))
        do {
            _ = try await SimulatorServer.start(SimulatorConfiguration(port: 0, stateFile: file))
            Issue.record("a corrupt state file was accepted")
        } catch let error as StateFileError {
            #expect(error.path == file)
            #expect(error.description.contains(file))
            #expect(error.problem.contains("not a simulator state file"))
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "{\"version\": 1, \"strategies\": [")
    }

    @Test func unknownVersionIsReported() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("future.json").path
        try Data(#"{"version":9,"nextStrategyId":1,"nextStorageId":1,"nextTaskId":1,"strategies":[]}"#.utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: StateFileError.self) { try StateFile(path: file).load() }
    }

    @Test func withoutAFileStateIsInMemory() async throws {
        try await LiveSimulator.with { _, client in
            _ = try await client.deleteBackupStrategy(clusterId: StrategySamples.core)
        }
        let restored = try await LiveSimulator.with { _, client in
            try await client.backupStrategyIfAny(clusterId: StrategySamples.core)?.value
        }
        #expect(restored != nil)
    }
}
