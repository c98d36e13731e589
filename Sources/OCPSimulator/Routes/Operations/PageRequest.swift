import Foundation
import Hummingbird
import OCPAPI

/// `page` and `size` of a paged operations list: `page` from 1, `size` clamped to the list's
/// maximum; the cluster task lists require both, as their pages say.
struct PageRequest {
    /// Page number, from 1.
    var page: Int
    /// Page size.
    var size: Int

    /// Parses the query.
    /// - Throws: 400 COM10001 for a value that is not a number, or a required one missing.
    init(_ items: [QueryItem], maxSize: Int, required: Bool = false) throws(SimulatorAPIError) {
        func number(_ name: String) throws(SimulatorAPIError) -> Int? {
            guard let item = items.last(where: { $0.name == name }) else {
                if required { throw .invalidParameter(name, "it is required") }
                return nil
            }
            guard let value = Int(item.value) else {
                throw .invalidParameter(name, "'\(TextSanitizer.singleLine(String(item.value.prefix(20))))' is not a number")
            }
            return value
        }
        page = max(1, try number("page") ?? 1)
        size = min(max(1, try number("size") ?? 10), maxSize)
    }

    /// One page of `items`; `echoedSize` is the `page.size` to write (OCP's lists echo odd values).
    func slice<Item: Codable & Sendable>(_ items: [Item], echoedSize: Int? = nil) -> OCPPage<Item> {
        let start = (page - 1) * size
        let selected = start < items.count ? Array(items[start..<min(items.count, start + size)]) : []
        let pages = items.isEmpty ? 0 : (items.count + size - 1) / size
        return OCPPage(
            contents: selected, page: OCPPageInfo(number: page, size: echoedSize ?? size, totalElements: items.count, totalPages: pages))
    }
}

/// The `startTime`/`endTime` (or other named) filter of a list, in any timestamp shape OCP reads.
struct TimeFilter {
    /// From.
    var start: Date?
    /// Until.
    var end: Date?

    /// Parses the two items.
    /// - Throws: 400 COM10001 for a time that does not parse (a `+` sent unencoded reads as a space).
    init(_ items: [QueryItem], startName: String = "startTime", endName: String = "endTime") throws(SimulatorAPIError) {
        func time(_ name: String) throws(SimulatorAPIError) -> Date? {
            guard let item = items.last(where: { $0.name == name }), !item.value.isEmpty else { return nil }
            guard let date = OCPTimestamp(raw: item.value).date else {
                throw .invalidParameter(
                    name, "'\(TextSanitizer.singleLine(String(item.value.prefix(40))))' is not a time such as 2024-08-06T00:00:00Z")
            }
            return date
        }
        start = try time(startName)
        end = try time(endName)
    }

    /// Whether the span from `from` to `to` (open: still going) overlaps the filter.
    func overlaps(from: Date?, to: Date?) -> Bool {
        if let start, let to, to < start { return false }
        if let end, let from, from > end { return false }
        return true
    }
}

/// Reading a JSON request body.
enum RequestBody {
    /// The body as `type`.
    /// - Throws: 400 BAK10001 when it is empty or not that shape.
    static func decode<Value: Decodable>(_ type: Value.Type, _ request: Request, context: SimulatorRequestContext) async throws -> Value {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw SimulatorAPIError.unreadableBody("the body is empty") }
        do {
            return try OCPJSON.decoder().decode(type, from: Data(Array(buffer: buffer)))
        } catch {
            throw SimulatorAPIError.unreadableBody(DecodingErrorText.describe(error))
        }
    }

    /// The query items of a request.
    static func query(_ request: Request) -> [QueryItem] { PercentEncoding.parseQuery(Substring(request.uri.query ?? "")) }
}
