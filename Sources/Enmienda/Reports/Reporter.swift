/// Renders the alignments of one run in one output format.
///
/// The library never prints: a reporter returns text and the caller decides where it goes.
public protocol Reporter: Sendable {
    /// The whole report for `alignments`, in the order given.
    func report(_ alignments: [Alignment]) -> String
}
