/// Turns the hostile corpus's markers in an encoded body into what a broken server sends: a
/// JSON `\uD800` escape (a lone surrogate) and the bytes `FF FE` (invalid UTF-8).
enum HostileEncoding {
    /// `body` with every marker replaced; unchanged when it holds none.
    static func apply(to body: [UInt8]) -> [UInt8] {
        let surrogate = Array(HostileCorpus.loneSurrogateMarker.utf8)
        let invalid = Array(HostileCorpus.invalidUTF8Marker.utf8)
        guard body.contains(surrogate[0]) else { return body }
        var output: [UInt8] = []
        output.reserveCapacity(body.count + 16)
        var index = 0
        while index < body.count {
            if body[index...].starts(with: surrogate) {
                output += Array(#"\uD800"#.utf8)
                index += surrogate.count
            } else if body[index...].starts(with: invalid) {
                output += [0xFF, 0xFE]
                index += invalid.count
            } else {
                output.append(body[index])
                index += 1
            }
        }
        return output
    }
}
