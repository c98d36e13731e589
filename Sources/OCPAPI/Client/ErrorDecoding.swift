import Foundation

/// Turns HTTP answers into decoded values or `OCPAPIError`s.
enum ErrorDecoding {
    /// The `traceId` of an OCP envelope, without decoding the rest.
    static func traceId(in body: [UInt8]) -> String? {
        guard let raw = JSONFieldExtractor.value(of: "traceId", in: body),
            let value = try? JSONValue.parse(raw), case .string(let text) = value
        else { return nil }
        return text
    }

    /// The error for a non-2xx answer: OCP's envelope when there is one, else the status.
    static func error(from response: HTTPResponseMessage, method: String, path: String) -> OCPAPIError {
        let kind: OCPAPIError.Kind = response.status == 401 || response.status == 403 ? .authentication : .ocp
        let repaired = JSONTextRepair.repaired(response.body) ?? response.body
        let headerDate = response.header("Date").flatMap(HTTPDate.parse)
        if let envelope = try? OCPJSON.decoder().decode(OCPErrorEnvelope.self, from: .init(repaired)),
            let body = envelope.error
        {
            return OCPAPIError(
                kind: kind, httpStatus: response.status, code: body.code?.description,
                message: body.message ?? "OCP answered HTTP \(response.status).", traceId: envelope.traceId,
                method: method, path: path, subErrors: body.subErrors ?? [], serverDate: envelope.timestamp?.date ?? headerDate
            )
        }
        return OCPAPIError(
            kind: kind, httpStatus: response.status, message: unenvelopedMessage(response.body), method: method, path: path,
            serverDate: headerDate)
    }

    /// What a person is told of an error answer without OCP's envelope (a proxy's page, another
    /// server): never the whole body.
    static func unenvelopedMessage(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return "The server answered with no body." }
        if text.hasPrefix("<") {
            return "The server answered with an HTML page, not OCP's JSON; check that the URL points at OCP's API."
        }
        return "The server answered: \(InputExcerpt.clipped(text.split(whereSeparator: \.isNewline).first ?? ""))"
    }

    /// Decodes a 2xx answer.
    static func decode<Value: Codable & Sendable>(
        _ response: HTTPResponseMessage, as type: Value.Type, request: PreparedRequest
    ) throws(OCPAPIError) -> OCPResponse<Value> {
        let decoder = OCPJSON.decoder()
        let bytes = JSONTextRepair.repaired(response.body) ?? response.body
        func failure(_ detail: String, traceId: String? = nil) -> OCPAPIError {
            OCPAPIError(
                kind: .decoding, httpStatus: response.status,
                message: "The answer could not be read: \(detail).", traceId: traceId, method: request.method, path: request.path
            )
        }
        if !request.enveloped {
            if JSONFieldExtractor.value(of: "successful", in: bytes) == nil {
                do {
                    let value = try OCPJSON.decode(Value.self, from: bytes, using: decoder)
                    return OCPResponse(value: value, traceId: nil, httpStatus: response.status, body: bytes)
                } catch {
                    throw failure(DecodingErrorText.describe(error))
                }
            }
        }
        let envelope: OCPEnvelope<Value>
        do {
            envelope = try OCPJSON.decode(OCPEnvelope<Value>.self, from: bytes, using: decoder)
        } catch {
            throw failure(DecodingErrorText.describe(error), traceId: traceId(in: bytes))
        }
        if envelope.successful == false {
            throw error(
                from: HTTPResponseMessage(status: envelope.status ?? response.status, headers: response.headers, body: bytes),
                method: request.method, path: request.path)
        }
        guard let data = envelope.data else {
            throw failure("the response has no data", traceId: envelope.traceId)
        }
        return OCPResponse(
            value: data, traceId: envelope.traceId, httpStatus: response.status, body: bytes, serverTime: envelope.timestamp)
    }
}
