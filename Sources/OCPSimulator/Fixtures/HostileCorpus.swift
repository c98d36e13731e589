/// Strings a lying or compromised OCP could send, to prove that none of them reaches a terminal
/// raw and that the console's columns stay aligned whatever the text.
///
/// Terminal escapes (CSI, OSC title changes ended by BEL or ST, C1 controls), line and cursor
/// controls (CR, LF, BS, TAB, NUL, DEL, BEL), bidi overrides and isolates, zero-width and
/// combining characters, emoji sequences, wide CJK, a 10,000-character name and an empty one.
package enum HostileCorpus {
    /// Stands for a JSON `\uD800` escape (a lone surrogate) in what the hostile simulator sends.
    package static let loneSurrogateMarker = "\u{E000}"
    /// Stands for the bytes `FF FE` (invalid UTF-8) in what the hostile simulator sends.
    package static let invalidUTF8Marker = "\u{E001}"

    /// A stack of 40 combining marks on one letter.
    static let stackedMarks = "Z" + String(String.UnicodeScalarView((0x300..<0x328).compactMap(Unicode.Scalar.init)))

    /// Every hostile string, each one short enough for a list row except the very long one.
    package static let strings: [String] = [
        "clear\u{1B}[2J\u{1B}[Hscreen",
        "red\u{1B}[31mALERT\u{1B}[0m",
        "title\u{1B}]0;pwned\u{07}bel",
        "title\u{1B}]2;pwned\u{1B}\\st",
        "c1\u{9B}2Jcsi",
        "c1\u{9D}0;pwned\u{9C}osc",
        "carriage\rreturn",
        "back\u{08}\u{08}space",
        "bell\u{07}\u{07}ring",
        "del\u{7F}ete",
        "tab\there",
        "nul\u{0}byte",
        "line\nfeed",
        "bidi\u{202E}exe.txt\u{202C}",
        "iso\u{2066}a\u{2067}b\u{2068}c\u{2069}late",
        "zero\u{200B}width\u{FEFF}bom",
        stackedMarks,
        "👩‍👩‍👧‍👦family",
        "❤️heart👍🏽",
        "生产集群-华东-ＡＢＣ",
        "surrogate" + loneSurrogateMarker + "lone",
        "invalid" + invalidUTF8Marker + "utf8",
        String(repeating: "长a", count: 5_000),
        "",
    ]

    /// The `index`-th string, cycling.
    package static func string(_ index: Int) -> String { strings[index % strings.count] }
}
