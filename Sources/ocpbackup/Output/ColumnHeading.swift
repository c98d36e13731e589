import Localization

/// The headings of the command line's tables, in both languages: one case a heading, so a
/// table names its columns by case and a test reaches every one (`CaseIterable`).
enum ColumnHeading: CaseIterable, Sendable {
    case id
    case name
    case version
    case status
    case type
    case mode
    case zones
    case locality
    case created

    /// The heading in both languages; English in capitals as the tables always had it.
    var bilingual: Bilingual {
        switch self {
        case .id: Bilingual("ID", "ID")
        case .name: Bilingual("NAME", "名称")
        case .version: Bilingual("VERSION", "版本")
        case .status: Bilingual("STATUS", "状态")
        case .type: Bilingual("TYPE", "类型")
        case .mode: Bilingual("MODE", "模式")
        case .zones: Bilingual("ZONES", "可用区")
        case .locality: Bilingual("LOCALITY", "副本分布")
        case .created: Bilingual("CREATED", "创建时间")
        }
    }

    /// The heading in `language`.
    func text(in language: Language) -> String { bilingual.text(in: language) }
}
