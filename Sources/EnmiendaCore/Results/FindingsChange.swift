/// What changed between two runs over the same articles: the findings that appeared,
/// those that went away, and how many stayed. Findings are matched by
/// ``Finding/fingerprint``, so an edit elsewhere in an article does not make its
/// findings "new".
///
/// ```swift
/// let change = FindingsChange(from: before, to: after)
/// print("\(change.new.count) new, \(change.gone.count) gone, \(change.unchanged) unchanged")
/// ```
public struct FindingsChange: Hashable, Sendable {
    /// Findings of the second run that the first did not have, in report order.
    public var new: [Finding]
    /// Findings of the first run that the second does not have, in report order.
    public var gone: [Finding]
    /// Findings in both.
    public var unchanged: Int

    /// The change from `before` to `after`.
    public init(from before: [Alignment], to after: [Alignment]) {
        var remaining: [String: [Finding]] = [:]
        for finding in before.flatMap(\.findings) { remaining[finding.fingerprint, default: []].append(finding) }
        var new: [Finding] = []
        var unchanged = 0
        for finding in after.flatMap(\.findings) {
            if var list = remaining[finding.fingerprint], !list.isEmpty {
                list.removeFirst()
                remaining[finding.fingerprint] = list
                unchanged += 1
            } else {
                new.append(finding)
            }
        }
        let goneFingerprints = Set(remaining.filter { !$0.value.isEmpty }.keys)
        var left = remaining
        gone = before.flatMap(\.findings).filter { finding in
            guard goneFingerprints.contains(finding.fingerprint), var list = left[finding.fingerprint], !list.isEmpty
            else { return false }
            list.removeFirst()
            left[finding.fingerprint] = list
            return true
        }
        self.new = new
        self.unchanged = unchanged
    }

    /// Whether anything appeared or went away.
    public var isEmpty: Bool { new.isEmpty && gone.isEmpty }
}
