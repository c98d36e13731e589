import Foundation
import OCPAPI
import TestSupport
import Testing

/// Signing, retries and error mapping of `OCPClient`, with a scripted transport.
struct ClientBehaviorTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_673_928_842)  // Tue, 17 Jan 2023 04:14:02 GMT
    let ok = OfficialSamples.ability

    func client(_ transport: ScriptedTransport, credentials: OCPCredentials, sleeps: RecordedSleeps = RecordedSleeps()) throws -> OCPClient {
        OCPClient(
            configuration: OCPClientConfiguration(
                baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: credentials, language: "en-US"),
            transport: transport, now: { Self.fixedDate }, sleep: sleeps.sleep)
    }

    @Test func accessKeyRequestsCarryTheSignatureOfWhatIsSent() async throws {
        let transport = ScriptedTransport([.respond(200, [], ok)])
        let secret = Secret("2fc0c299cc94c6be266f2ceece765d4d")
        _ = try await client(transport, credentials: .accessKey(id: "cqammmxBpfGjFlto", secret: secret)).backupAbility(clusterId: 1)
        let sent = try #require(transport.sent.first)
        let headers = Dictionary(sent.headers.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(sent.url == "http://127.0.0.1:8080/api/v2/ob/clusters/1/backup/ability")
        #expect(headers["Host"] == "127.0.0.1:8080")
        #expect(headers["Date"] == "Tue, 17 Jan 2023 04:14:02 GMT")
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers["Accept-Language"] == "en-US")
        let input = SigningInput(
            method: "GET", body: [], contentType: "application/json", date: "Tue, 17 Jan 2023 04:14:02 GMT", host: "127.0.0.1:8080",
            ocpHeaders: [("x-ocp-origin", "ocpbackup")], path: "/api/v2/ob/clusters/1/backup/ability")
        #expect(headers["Authorization"] == "OCP-ACCESS-KEY-HMACSHA1 cqammmxBpfGjFlto:" + OCPSigner.sign(input, secret: secret))
    }

    @Test func theQuerySentIsTheCanonicalOneSigned() async throws {
        let transport = ScriptedTransport([.respond(200, [], OfficialSamples.clusters)])
        _ = try await client(transport, credentials: .accessKey(id: "ak", secret: Secret("sk")))
            .clusters(ClusterQuery(name: "交易 a", statuses: [.stopped, .running]), page: 1, size: 10)
        let sent = try #require(transport.sent.first)
        #expect(sent.url.hasSuffix("/api/v2/ob/clusters?name=%E4%BA%A4%E6%98%93%20a&page=1&size=10&status=RUNNING%2CSTOPPED"))
    }

    @Test func basicRequestsCarryTheBasicHeader() async throws {
        let transport = ScriptedTransport([.respond(200, [], ok)])
        _ = try await client(transport, credentials: .basic(user: "foo", password: Secret("bar"))).backupAbility(clusterId: 1)
        #expect(transport.sent.first?.headers.contains { $0.name == "Authorization" && $0.value == "Basic Zm9vOmJhcg==" } == true)
    }

    @Test func getIsRetriedOn503AndHonoursRateLimitResetOn429() async throws {
        let transport = ScriptedTransport([
            .respond(503, [], ""), .respond(429, [("RateLimit-Reset", "3")], OfficialSamples.throttled), .respond(200, [], ok),
        ])
        let sleeps = RecordedSleeps()
        let response = try await client(transport, credentials: .anonymous, sleeps: sleeps).backupAbility(clusterId: 1)
        #expect(response.traceId == "45d27e7dc09b4ca9")
        #expect(transport.sent.count == 3)
        #expect(sleeps.all == [.milliseconds(200), .seconds(3)])
    }

    @Test func getIsRetriedWhenItCouldNotConnectAndGivesUpAfterFourAttempts() async throws {
        let transport = ScriptedTransport(Array(repeating: .failure(.notConnected("refused")), count: 5))
        let sleeps = RecordedSleeps()
        await #expect(throws: OCPAPIError.self) {
            _ = try await client(transport, credentials: .anonymous, sleeps: sleeps).backupAbility(clusterId: 1)
        }
        #expect(transport.sent.count == 4)
        #expect(sleeps.all == [.milliseconds(200), .milliseconds(400), .milliseconds(800)])
    }

    @Test func postIsNeverResentAndATimeoutLeavesTheOutcomeUnknown() async throws {
        let body = try OCPJSON.decoder().decode(BackupStrategyRequest.self, from: Data(OfficialSamples.createRequest.utf8))
        let transport = ScriptedTransport([.failure(.timedOut), .respond(200, [], OfficialSamples.createResponse)])
        do {
            _ = try await client(transport, credentials: .anonymous).createBackupStrategy(clusterId: 1, body)
            Issue.record("expected an error")
        } catch let error as OCPAPIError {
            #expect(error.kind == .outcomeUnknown)
            #expect(error.exitCode == 3)
            #expect(error.nextStep.contains("Read the strategy again"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(transport.sent.count == 1)
    }

    @Test func postGetting503IsNotResent() async throws {
        let transport = ScriptedTransport([.respond(503, [], ""), .respond(200, [], OfficialSamples.createResponse)])
        await #expect(throws: OCPAPIError.self) {
            _ = try await client(transport, credentials: .anonymous).deleteBackupStrategy(clusterId: 1)
        }
        #expect(transport.sent.count == 1)
    }

    @Test func ocpErrorsKeepCodeMessageStatusAndTraceId() async throws {
        let transport = ScriptedTransport([.respond(409, [], OfficialSamples.strategyExists)])
        do {
            _ = try await client(transport, credentials: .anonymous).deleteBackupStrategy(clusterId: 1)
            Issue.record("expected an error")
        } catch let error as OCPAPIError {
            #expect(error.kind == .ocp)
            #expect(error.code == "BAK21001")
            #expect(error.httpStatus == 409)
            #expect(error.traceId == "5962f337662d4043")
            #expect(error.exitCode == 1)
            #expect(error.summary == "BAK21001 (HTTP 409): The cluster already has a backup policy. [traceId 5962f337662d4043]")
            #expect(error.description.contains("next: The cluster already has a strategy"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unauthorizedIsAnAuthenticationError() async throws {
        let body = #"{"error":{"code":"IAM10000","message":"Bad credentials"},"status":401,"successful":false,"traceId":"00112233aabbccdd"}"#
        let transport = ScriptedTransport([.respond(401, [], body)])
        do {
            _ = try await client(transport, credentials: .basic(user: "u", password: Secret("p"))).backupAbility(clusterId: 1)
            Issue.record("expected an error")
        } catch let error as OCPAPIError {
            #expect(error.kind == .authentication)
            #expect(error.exitCode == 3)
            #expect(transport.sent.count == 1)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aGarbledBodyIsADecodingErrorWithItsPath() async throws {
        let transport = ScriptedTransport([.respond(200, [], #"{"data":{"contents":[{"id":"x","name":1}]},"successful":true,"traceId":"ab"}"#)])
        do {
            _ = try await client(transport, credentials: .anonymous).clusters()
            Issue.record("expected an error")
        } catch let error as OCPAPIError {
            #expect(error.kind == .decoding)
            #expect(error.message.contains("data.contents[0]"))
            #expect(error.traceId == "ab")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func serverTimeIsPlainTextWithoutAuthentication() async throws {
        let transport = ScriptedTransport([.respond(200, [], "2020-11-11T15:46:27.316+08:00\n")])
        let time = try await client(transport, credentials: .basic(user: "u", password: Secret("p"))).serverTime()
        #expect(time.value.raw == "2020-11-11T15:46:27.316+08:00")
        #expect(transport.sent.first?.headers.contains { $0.name == "Authorization" } == false)
    }

    @Test func allClustersFetchesEveryPageWithBoundedConcurrencyInOrder() async throws {
        func page(_ number: Int) -> String {
            #"{"data":{"contents":[{"id":\#(number),"name":"c\#(number)"}],"page":{"number":\#(number),"size":1,"totalElements":3,"totalPages":3}},"successful":true}"#
        }
        let transport = ScriptedTransport([.respond(200, [], page(1)), .respond(200, [], page(2)), .respond(200, [], page(3))])
        let clusters = try await client(transport, credentials: .anonymous).allClusters(pageSize: 1, concurrency: 2)
        #expect(clusters.map(\.id).sorted() == [1, 2, 3])
        #expect(transport.sent.count == 3)
    }

    @Test func baseURLParsing() throws {
        let url = try OCPBaseURL(parsing: "https://[::1]:8443/ocp/")
        #expect(url.hostHeader == "[::1]:8443")
        #expect(url.basePath == "/ocp")
        #expect(try OCPBaseURL(parsing: "http://ocp.example.com").hostHeader == "ocp.example.com")
        #expect(throws: OCPAPIError.self) { try OCPBaseURL(parsing: "ocp.example.com:8080") }
        #expect(throws: OCPAPIError.self) { try OCPBaseURL(parsing: "http://user:pw@host") }
        #expect(throws: OCPAPIError.self) { try OCPBaseURL(parsing: "http://host:99999") }
    }
}
