import ArgumentParser

/// How read commands print their result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns and labelled fields for people.
    case table
    /// OCP's `data` object unchanged, for `jq`.
    case json
    /// The same data as YAML (a strategy shown this way can be fed back with --file).
    case yaml
}
