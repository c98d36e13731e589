import Localization
import Testing

/// The language is chosen by the flag, then the profile, then the locale as POSIX orders it
/// (LC_ALL, LC_MESSAGES, LANG); numbers and counted nouns follow the language.
@Suite struct LanguageTests {
    @Test func theFlagWinsOverTheProfileAndTheLocale() {
        let chineseLocale = ["LANG": "zh_CN.UTF-8"]
        #expect(Language.resolve(flag: "en-US", profile: "zh-CN", environment: chineseLocale) == .english)
        #expect(Language.resolve(flag: "zh-CN", profile: "en-US", environment: [:]) == .simplifiedChinese)
        #expect(Language.resolve(flag: nil, profile: "en-US", environment: chineseLocale) == .english)
        #expect(Language.resolve(flag: nil, profile: "zh-CN", environment: ["LANG": "C.UTF-8"]) == .simplifiedChinese)
    }

    @Test func theLocaleIsReadAsPOSIXOrdersIt() {
        #expect(Language.fromLocale(["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .simplifiedChinese)
        #expect(Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.fromLocale(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]) == .simplifiedChinese)
        #expect(Language.fromLocale(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.GB18030"]) == .simplifiedChinese)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromLocale([:]) == .english)
    }

    @Test func tagsAreReadLoosely() {
        #expect(Language(tag: "zh") == .simplifiedChinese)
        #expect(Language(tag: "zh_CN") == .simplifiedChinese)
        #expect(Language(tag: "ZH-cn") == .simplifiedChinese)
        #expect(Language(tag: "en") == .english)
        #expect(Language(tag: "fr-FR") == nil)
        #expect(Language.simplifiedChinese.acceptLanguage == "zh-CN")
    }

    @Test func countsAreGroupedAndEnglishNounsAgree() {
        #expect(Counted.number(0) == "0")
        #expect(Counted.number(999) == "999")
        #expect(Counted.number(10_012) == "10,012")
        #expect(Counted.number(-1_234_567) == "-1,234,567")
        #expect(Counted.noun(1, "cluster", "clusters", chinese: "个集群", in: .english) == "1 cluster")
        #expect(Counted.noun(2, "cluster", "clusters", chinese: "个集群", in: .english) == "2 clusters")
        #expect(Counted.noun(1, "cluster", "clusters", chinese: "个集群", in: .simplifiedChinese) == "1 个集群")
        #expect(Counted.noun(12_000, "cluster", "clusters", chinese: "个集群", in: .simplifiedChinese) == "12,000 个集群")
    }

    @Test func bilingualPicksItsLanguage() {
        let message = Bilingual("Back up now", "立即备份")
        #expect(message.text(in: .english) == "Back up now")
        #expect(message.text(in: .simplifiedChinese) == "立即备份")
        #expect(Language.simplifiedChinese.pick(1, 2) == 2)
    }
}
