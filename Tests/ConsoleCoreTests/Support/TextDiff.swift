/// A readable line diff for failure messages: the common head and tail are cut, the middle
/// is shown as `-` expected and `+` actual lines.
enum TextDiff {
    static func lines(expected: String, actual: String, context: Int = 3) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var head = 0
        while head < left.count, head < right.count, left[head] == right[head] { head += 1 }
        var tail = 0
        while tail < left.count - head, tail < right.count - head, left[left.count - 1 - tail] == right[right.count - 1 - tail] { tail += 1 }
        var output: [String] = []
        let start = max(0, head - context)
        for index in start..<head { output.append("  " + left[index]) }
        for index in head..<(left.count - tail) { output.append("- " + left[index]) }
        for index in head..<(right.count - tail) { output.append("+ " + right[index]) }
        for index in (left.count - tail)..<min(left.count, left.count - tail + context) { output.append("  " + left[index]) }
        return output.joined(separator: "\n")
    }
}
