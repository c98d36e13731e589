/// A tiny cursor over ASCII bytes for the fixed-layout times OCP uses.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    /// `HH:mm:ss` with an optional fraction of 1–9 digits, the fraction in nanoseconds.
    mutating func clock() -> (seconds: Int, nanoseconds: Int)? {
        guard let hour = number(digits: 2), take(UInt8(ascii: ":")), let minute = number(digits: 2),
            take(UInt8(ascii: ":")), let second = number(digits: 2), hour < 24, minute < 60, second < 61
        else { return nil }
        var nanoseconds = 0
        if take(UInt8(ascii: ".")) {
            var scale = 100_000_000
            var count = 0
            while let byte = peek(), byte >= 0x30, byte <= 0x39, count < 9 {
                nanoseconds += Int(byte - 0x30) * scale
                scale /= 10
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
        }
        return (hour * 3600 + minute * 60 + second, nanoseconds)
    }

    /// `Z`, `±HH:MM` or `±HHMM`, as seconds east of UTC.
    mutating func offset() -> Int? {
        if take(UInt8(ascii: "Z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2) else { return nil }
        _ = take(UInt8(ascii: ":"))
        guard let minutes = number(digits: 2), hours <= 18, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
