import OCPAPI

/// Every page of a list as OCP sent it, for `--output json` (OCP's `data`, unchanged) and for
/// tables: the answers in page order, and their rows joined.
struct RawPages<Item: Codable & Sendable>: Sendable {
    /// The answers, first page first.
    var answers: [OCPResponse<OCPPage<Item>>]

    /// Reads pages one after the other until the last (`totalPages`, or what `totalElements`
    /// implies for `size`); `request(page, size)` builds one page's request.
    static func read(
        _ client: OCPClient, size: Int = OCPClient.maxPageSize, request: (Int, Int) -> PreparedRequest
    ) async throws(OCPAPIError) -> RawPages {
        var answers: [OCPResponse<OCPPage<Item>>] = []
        var number = 1
        repeat {
            answers.append(try await client.perform(request(number, size), as: OCPPage<Item>.self))
            number += 1
        } while number <= OCPClient.pageCount(of: answers[answers.count - 1].value, size: size)
        return RawPages(answers: answers)
    }

    /// Every row, in page order.
    var rows: [Item] { answers.flatMap(\.value.contents) }

    /// OCP's clock at the last answer.
    var serverTime: OCPTimestamp? { answers.last?.serverTime }

    /// OCP's `data` unchanged for one page; for several, `{"contents":[…]}` joining the raw
    /// `contents` of every page.
    var data: [UInt8] {
        if answers.count == 1 { return Array(answers[0].rawData) }
        return Self.contents(answers.flatMap { rawRows(of: $0) })
    }

    /// `{"contents":[…]}` with the raw rows whose decoded row `keep` accepts, each as OCP sent it.
    func data(keeping keep: (Item) -> Bool) -> [UInt8] {
        Self.contents(answers.flatMap { answer in zip(rawRows(of: answer), answer.value.contents).filter { keep($0.1) }.map(\.0) })
    }

    private func rawRows(of answer: OCPResponse<OCPPage<Item>>) -> [ArraySlice<UInt8>] {
        guard let contents = JSONFieldExtractor.value(of: "contents", in: Array(answer.rawData)) else { return [] }
        return JSONFieldExtractor.elements(of: Array(contents)) ?? []
    }

    private static func contents(_ rows: [ArraySlice<UInt8>]) -> [UInt8] {
        Array("{\"contents\":[".utf8) + Array(rows.joined(separator: Array(",".utf8))) + Array("]}".utf8)
    }
}
