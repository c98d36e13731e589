extension Language {
    /// The language chosen by, in order: the `--lang` flag, the profile's `language`, the locale
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set, as POSIX does: Chinese when
    /// it starts with `zh`); English otherwise.
    public static func resolve(flag: String?, profile: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(tag: flag) { return language }
        if let profile, let language = Language(tag: profile) { return language }
        return fromLocale(environment)
    }

    /// The language of the locale variables alone: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty decides; Chinese when it starts with `zh`.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .simplifiedChinese : .english
        }
        return .english
    }
}
