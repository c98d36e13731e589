import Foundation
import OCPAPI
import Synchronization
import TestSupport
import Testing

@testable import ConsoleCore

/// `ConsoleDependencies.live` over a scripted transport: the mapping from the client's calls
/// and errors to what the reducer receives.
@Suite struct LiveDependenciesTests {
    static let strategyPath = "/api/v2/ob/clusters/1/backup/config/backupStrategy"

    static func page(_ ids: [Int], number: Int, totalPages: Int) -> ScriptedTransport.Answer {
        let contents = ids.map { "{\"id\":\($0),\"name\":\"c\($0)\",\"obVersion\":\"4.2.1.0\",\"status\":\"RUNNING\",\"type\":\"PRIMARY\"}" }
        return .json(
            status: 200,
            "{\"data\":{\"contents\":[\(contents.joined(separator: ","))],\"page\":{\"number\":\(number),\"size\":2,\"totalElements\":3,\"totalPages\":\(totalPages)}},\"successful\":true,\"status\":200,\"traceId\":\"t\"}"
        )
    }

    static func dependencies(_ transport: ScriptedTransport, pageSize: Int? = 2) throws -> ConsoleDependencies {
        let configuration = OCPClientConfiguration(
            baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .basic(user: "admin", password: Secret("pw")),
            retry: .never)
        let client = OCPClient(configuration: configuration, transport: transport, sleep: { _ in })
        let drafts = DraftStoreClient(load: { _ in nil }, save: { _ in }, delete: { _ in })
        guard let pageSize else { return .live(client: client, drafts: drafts) }
        return .live(client: client, drafts: drafts, pageSize: pageSize, concurrency: 1)
    }

    @Test func clustersArriveAsPages() async throws {
        let transport = ScriptedTransport(routes: [
            "GET /api/v2/ob/clusters": [Self.page([1, 2], number: 1, totalPages: 2), Self.page([3], number: 2, totalPages: 2)]
        ])
        let pages = Mutex<[[Int64]]>([])
        let result = try await Self.dependencies(transport).listClusters { clusters in pages.withLock { $0.append(clusters.map(\.id)) } }
        #expect(try result.get() == 3)
        #expect(pages.withLock { $0 } == [[1, 2], [3]])
    }

    @Test func theConsoleListsInPagesOfItsOwnSize() async throws {
        let transport = ScriptedTransport(routes: ["GET /api/v2/ob/clusters": [Self.page([1, 2], number: 1, totalPages: 1)]])
        _ = try await Self.dependencies(transport, pageSize: nil).listClusters { _ in }
        #expect(transport.sentRoutes == ["GET /api/v2/ob/clusters?page=1&size=\(ConsoleDependencies.listPageSize)"])
        #expect(ConsoleDependencies.listPageSize == 250)
    }

    @Test func noStrategyIsNilAndOtherErrorsKeepTheirCodeAndTrace() async throws {
        let missing = "{\"successful\":false,\"status\":404,\"error\":{\"code\":\"BAK21006\",\"message\":\"No strategy\"},\"traceId\":\"t-6\"}"
        let transport = ScriptedTransport(routes: ["GET " + Self.strategyPath: [.json(status: 404, missing)]])
        let dependencies = try Self.dependencies(transport)
        #expect(try await dependencies.strategy(1).get() == nil)
        let denied = "{\"successful\":false,\"status\":403,\"error\":{\"code\":\"IAM10003\",\"message\":\"Denied\"},\"traceId\":\"t-7\"}"
        let refusing = try Self.dependencies(ScriptedTransport(routes: ["GET /api/v2/ob/clusters/1/backup/ability": [.json(status: 403, denied)]]))
        guard case .failure(let error) = await refusing.ability(1) else {
            Issue.record("expected a failure")
            return
        }
        #expect(ErrorInfo(error).summary == "IAM10003 (HTTP 403): Denied [traceId t-7]")
    }

    @Test func aCreateWithoutAnswerIsAnUnknownOutcomeAndIsSentOnce() async throws {
        let transport = ScriptedTransport(routes: ["POST " + Self.strategyPath: [.failure(.timedOut)]])
        let dependencies = try Self.dependencies(transport)
        let wizard = WizardHarness.newWizard()
        guard
            case .failure(let error) = await dependencies.mutate(
                try .strategy(clusterId: 1, body: wizard.form.request(options: wizard.options), modify: false))
        else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.kind == .outcomeUnknown)
        #expect(transport.sentRoutes == ["POST " + Self.strategyPath])
    }

    @Test func aCreateReturnsTheReceiptWithTaskIds() async throws {
        let body =
            "{\"data\":{\"backupObjectOpsResultList\":[{\"beSuccessful\":true,\"obBackupObjectList\":[{\"backupDimension\":\"CLUSTER\",\"clusterId\":1}],\"taskIdList\":[3000041]}],\"obBackupTaskType\":\"CREATE_BACKUP_STRATEGY\"},\"successful\":true,\"status\":200,\"traceId\":\"5962f337662d4043\"}"
        let transport = ScriptedTransport(routes: ["POST " + Self.strategyPath: [.json(status: 200, body)]])
        let wizard = WizardHarness.newWizard()
        let receipt = try await Self.dependencies(transport).mutate(
            .strategy(clusterId: 1, body: wizard.form.request(options: wizard.options), modify: false)
        ).get()
        #expect(receipt == Fixtures.receipt(.createStrategy, tasks: [3_000_041]).withTrace("5962f337662d4043", status: 200))
    }
}

extension MutationReceipt {
    fileprivate func withTrace(_ trace: String, status: Int) -> MutationReceipt {
        MutationReceipt(response: response, traceId: trace, httpStatus: status)
    }
}
