import Foundation
import OCPAPI
import TestSupport
import Testing

/// The pieces that bound local input (`BoundedInput`, `InputExcerpt`, `JSONNesting`) and the
/// server clock a refusal carries.
struct LocalInputTests {
    static let small = InputLimit(what: "a test input", bytes: 100_000)

    @Test(arguments: [0, 1, 65_535, 65_536, 99_999, 100_000])
    func aStreamUpToTheLimitIsReadWhole(count: Int) throws {
        let bytes = try Self.throughPipe(count) { try BoundedInput.read(descriptor: $0, source: "the pipe", limit: Self.small) }
        #expect(bytes.count == count)
        #expect(bytes.allSatisfy { $0 == UInt8(ascii: "x") })
    }

    @Test func oneBytePastTheLimitIsRefusedNamingIt() throws {
        #expect(throws: InputReadError(source: "the pipe", problem: .tooLarge(Self.small))) {
            _ = try Self.throughPipe(100_001) { try BoundedInput.read(descriptor: $0, source: "the pipe", limit: Self.small) }
        }
        let error = InputReadError(source: "standard input", problem: .tooLarge(.requestBody))
        #expect(error.sentence == "Standard input is larger than 1 MiB, the limit for a request body.")
        #expect(error.localizedDescription == error.sentence)
    }

    @Test func aRegularFilePastTheLimitIsRefusedBySizeAndADirectoryByType() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big").path
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        #expect(truncate(file, 10_000_000_000) == 0)
        #expect(throws: InputReadError(source: "the file \(file)", problem: .tooLarge(Self.small))) {
            _ = try BoundedInput.read(file: file, limit: Self.small)
        }
        #expect(throws: InputReadError(source: "the file \(directory.path)", problem: .directory)) {
            _ = try BoundedInput.read(file: directory.path, limit: Self.small)
        }
        #expect(throws: InputReadError(source: "the file \(file)-missing", problem: .missing)) {
            _ = try BoundedInput.read(file: file + "-missing", limit: Self.small)
        }
    }

    @Test func limitsAreNamedInWords() {
        #expect(InputLimit.requestBody.sizeText == "1 MiB")
        #expect(InputLimit.configFile.sizeText == "256 KiB")
        #expect(InputLimit.draft.sizeText == "256 KiB")
        #expect(InputLimit.secret.sizeText == "4 KiB")
        #expect(InputLimit.caCertificates.sizeText == "4 MiB")
        #expect(InputLimit.simulatorState.sizeText == "1 GiB")
        #expect(InputLimit.sizeText(1000) == "1000 bytes")
    }

    @Test func anExcerptIsOneCutLineWithACaretAndNothingOfALineNamingASecret() {
        let long = Array(("ok: 1\n" + String(repeating: "a", count: 500) + "#" + String(repeating: "b", count: 500) + "\nend\n").utf8)
        let lines = InputExcerpt.lines(line: 2, column: 501, in: long)
        #expect(lines.count == 2)
        let label = "  line 2, column 501: "
        #expect(lines[0] == label + "…" + String(repeating: "a", count: 30) + "#" + String(repeating: "b", count: 29) + "…")
        #expect(lines[1] == String(repeating: " ", count: label.count + 1 + 30) + "^")
        #expect(InputExcerpt.lines(line: 9, column: 1, in: long).isEmpty)

        let secret = Array("a: 1\n  accessKeySecret: hunter2 x\n".utf8)
        #expect(InputExcerpt.lines(line: 2, column: 20, in: secret) == ["  line 2, column 20 (not shown: the line names a secret)"])
        #expect(InputExcerpt.lines(line: 1, column: 1, in: Array("\u{1B}]0;title\u{07}: x".utf8))[0].contains("\u{FFFD}]0;title\u{FFFD}"))
        #expect(InputExcerpt.clipped(String(repeating: "z", count: 1000)) == String(repeating: "z", count: 59) + "…")
        #expect(InputExcerpt.list((1...12).map { "f\($0)" }) == "f1, f2, f3, f4, f5, f6, f7, f8, f9, f10 and 2 more")
    }

    @Test func jsonNestingIsFoundWithoutParsingAndStringsDoNotCount() {
        let within = Array((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)
        #expect(JSONNesting.firstExcess(in: within, limit: 64) == nil)
        let past = Array(("{\"k\":\n  " + String(repeating: "[", count: 64)).utf8)
        #expect(JSONNesting.firstExcess(in: past, limit: 64).map { [$0.line, $0.column] } == [2, 66])
        let quoted = Array(("[\"" + String(repeating: "[", count: 100) + "\\\"\"]").utf8)
        #expect(JSONNesting.firstExcess(in: quoted, limit: 2) == nil)
    }

    @Test func aRefusalCarriesTheServersClockFromItsTimestampElseItsDateHeader() async throws {
        let enveloped =
            #"{"error":{"code":"IAM10000","message":"Signature mismatch"},"status":401,"successful":false,"timestamp":"2023-01-17T12:34:56.789+08:00","traceId":"0123456789abcdef"}"#
        let transport = ScriptedTransport([
            .respond(401, [("Date", "Tue, 17 Jan 2023 09:00:00 GMT")], enveloped),
            .respond(401, [("Date", "Tue, 17 Jan 2023 09:00:00 GMT"), ("Content-Type", "text/html")], "<html>denied</html>"),
            .respond(401, [], ""),
        ])
        let client = OCPClient(
            configuration: OCPClientConfiguration(baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .anonymous),
            transport: transport)
        var dates: [Date?] = []
        var messages: [String] = []
        for _ in 0..<3 {
            do {
                _ = try await client.serverInfo()
            } catch {
                dates.append(error.serverDate)
                messages.append(error.message)
            }
        }
        #expect(dates[0] == Date(timeIntervalSince1970: 1_673_930_096.789))
        #expect(dates[1] == Date(timeIntervalSince1970: 1_673_946_000))
        #expect(dates[2] == nil)
        #expect(messages[1] == "The server answered with an HTML page, not OCP's JSON; check that the URL points at OCP's API.")
        #expect(messages[2] == "The server answered with no body.")
    }

    /// `count` bytes of `x` written into a pipe by another thread while `read` reads its other end.
    static func throughPipe(_ count: Int, _ read: (Int32) throws -> [UInt8]) throws -> [UInt8] {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        let writer = ends[1]
        let thread = Thread {
            let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: count)
            var written = 0
            while written < count {
                let result = bytes[written...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                guard result > 0 else { break }
                written += result
            }
            close(writer)
        }
        thread.start()
        defer { close(ends[0]) }
        return try read(ends[0])
    }
}
