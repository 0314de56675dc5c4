import Synchronization

/// The glossary of a ``CheckService`` compiled for the varieties that requests ask for
/// besides the server's own: each compiled once, on the first request that names it,
/// and kept until the glossary is reloaded (a reload makes a new service).
///
/// Compiling runs on the request's time (the built-in glossary compiles in milliseconds;
/// a glossary of 100,000 entries in seconds), one variety at a time.
final class VarietyAligners: Sendable {
    private let base: Aligner
    private let compiled = Mutex<[SpanishVariety: Aligner]>([:])

    init(base: Aligner) {
        self.base = base
    }

    /// The aligner for `variety`: the server's own for `nil` or its variety, else the
    /// same glossary and options compiled for `variety`. Corrected numbers take that
    /// variety's thousands separator unless the server was given another one.
    func aligner(for variety: SpanishVariety?) -> Aligner {
        guard let variety, variety != base.options.variety else { return base }
        return compiled.withLock { compiled in
            if let aligner = compiled[variety] { return aligner }
            var options = base.options
            options.variety = variety
            if base.options.thousandsSeparator == base.options.variety.thousandsSeparator {
                options.thousandsSeparator = variety.thousandsSeparator
            }
            let aligner = Aligner(glossary: base.glossary, options: options)
            compiled[variety] = aligner
            return aligner
        }
    }
}
