/// OCP's build information (`GET /api/v2/info`).
public struct ServerInfo: Codable, Hashable, Sendable {
    /// Application name.
    public var name: String?
    /// Maven group.
    public var group: String?
    /// Maven artifact.
    public var artifact: String?
    /// Build time.
    public var buildTime: String?
    /// Build version, e.g. `4.3.2-20240901`; the part before `_` or `-` is the OCP version.
    public var buildVersion: String?
    /// Java version of the build.
    public var buildJavaVersion: String?
    /// Spring Boot version.
    public var springBootVersion: String?

    private enum CodingKeys: String, CodingKey {
        case name, group, artifact, buildTime, buildVersion, buildJavaVersion, springBootVersion
    }

    /// Reads each field as text when it is text; the doc's table types `group` as Array and
    /// `artifact` as Object while its sample sends strings, so a mismatch is tolerated.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? {
            guard let value = (try? container.decodeIfPresent(JSONValue.self, forKey: key)) ?? nil else { return nil }
            if case .string(let text) = value { return text }
            return String(decoding: value.serialized(), as: UTF8.self)
        }
        name = text(.name)
        group = text(.group)
        artifact = text(.artifact)
        buildTime = text(.buildTime)
        buildVersion = text(.buildVersion)
        buildJavaVersion = text(.buildJavaVersion)
        springBootVersion = text(.springBootVersion)
    }

    /// The OCP version: `buildVersion` up to the first `_` or `-`.
    public var ocpVersion: String? {
        buildVersion?.split(whereSeparator: { $0 == "_" || $0 == "-" }).first.map(String.init)
    }

    /// Makes build information.
    public init(name: String?, buildVersion: String?, buildTime: String? = nil) {
        self.name = name
        self.buildVersion = buildVersion
        self.buildTime = buildTime
    }
}
