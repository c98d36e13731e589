/// The canonical query string OCP signs: keys sorted, values per key sorted and joined by `,`,
/// each part percent-encoded (docs/ocp-api.md, Authentication).
///
/// The client sends exactly this string, so what is signed is what is sent.
package enum CanonicalQuery {
    /// The canonical form of `items` (without the leading `?`), or `""` when there are none.
    package static func string(_ items: [QueryItem], style: PercentEncoding.Style = .rfc3986) -> String {
        var grouped: [String: [String]] = [:]
        for item in items {
            grouped[item.name, default: []].append(item.value)
        }
        return grouped.keys.sorted(by: javaOrder).map { key in
            let values = grouped[key, default: []].filter { !$0.isEmpty }.sorted(by: javaOrder)
            return PercentEncoding.encode(key, style: style) + "="
                + PercentEncoding.encode(values.joined(separator: ","), style: style)
        }.joined(separator: "&")
    }

    /// `path` or `path?canonical-query`, the last line of the string to sign.
    package static func pathAndQuery(path: String, items: [QueryItem], style: PercentEncoding.Style = .rfc3986) -> String {
        items.isEmpty ? path : path + "?" + string(items, style: style)
    }

    /// Java's `String.compareTo`: UTF-16 code unit order, a prefix first.
    package static func javaOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }
}
