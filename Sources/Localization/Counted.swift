/// Numbers and counted nouns in either language: English chooses the singular or the plural
/// ("1 cluster", "2 clusters"), Chinese has no plural ("1 个集群"); both group thousands
/// ("12,345").
public enum Counted {
    /// `count` with thousands grouped by commas, the same in both languages.
    public static func number(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return count < 0 ? "-" + grouped : grouped
    }

    /// `count` and its noun: `singular` or `plural` in English, `chinese` (with its measure word,
    /// e.g. "个集群") after the number in Chinese.
    public static func noun(_ count: Int, _ singular: String, _ plural: String, chinese: String, in language: Language) -> String {
        switch language {
        case .english: "\(number(count)) \(count == 1 ? singular : plural)"
        case .simplifiedChinese: "\(number(count)) \(chinese)"
        }
    }
}
