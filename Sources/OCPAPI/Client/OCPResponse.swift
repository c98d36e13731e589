/// A decoded OCP answer with what identifies it.
public struct OCPResponse<Value: Sendable>: Sendable {
    /// The decoded `data`.
    public var value: Value
    /// The trace id OCP gave.
    public var traceId: String?
    /// The HTTP status.
    public var httpStatus: Int
    /// The whole response body as received (text that is not UTF-8 and lone-surrogate escapes
    /// repaired to U+FFFD).
    public var body: [UInt8]
    /// When OCP answered (the envelope's `timestamp`): the "now" to judge ages at when this
    /// machine's clock and OCP's may differ.
    public var serverTime: OCPTimestamp?

    /// Makes a response.
    public init(value: Value, traceId: String?, httpStatus: Int, body: [UInt8], serverTime: OCPTimestamp? = nil) {
        self.value = value
        self.traceId = traceId
        self.httpStatus = httpStatus
        self.body = body
        self.serverTime = serverTime
    }

    /// The exact bytes of `data` as OCP sent them (the whole body for unenveloped answers).
    public var rawData: ArraySlice<UInt8> {
        JSONFieldExtractor.value(of: "data", in: body) ?? body[...]
    }

    /// The same answer around another value.
    public func map<Other: Sendable>(_ transform: (Value) -> Other) -> OCPResponse<Other> {
        OCPResponse<Other>(value: transform(value), traceId: traceId, httpStatus: httpStatus, body: body, serverTime: serverTime)
    }
}
