extension Aligner {
    /// The largest chunk of ``align(_:source:chunksPerBatch:_:)``, in bytes: 256 KiB (or
    /// ``AlignmentOptions/chunkSize`` when that is smaller). Where findings are dense (one
    /// every 50 bytes in machine translation checked with a large glossary), a 1 MiB chunk
    /// makes 20,000 findings, some 40 MB with their sentences; what is found does not
    /// depend on the cuts (see ``AlignmentChunk``).
    package static let batchChunkSize = 1 << 18

    /// ``align(_:source:)``, handed over a batch of chunks at a time: `body` gets, in text
    /// order, one ``Alignment`` per batch of `chunksPerBatch` chunks (by default one per
    /// core, aligned in parallel), each with the whole `document`, the findings of its
    /// chunks only and their words. While `body` takes one batch, the chunks of the next
    /// are aligned (see ``Swift/Array/parallelMap(concurrency:batchSize:_:into:)``): a
    /// report written batch by batch then holds the findings of two batches at most, not
    /// of the document.
    ///
    /// Chunks are cut at ``batchChunkSize`` bytes at most, so that a batch's findings stay
    /// few where they are dense. The findings of the batches, one after the other, are
    /// those of ``align(_:source:)`` (what is found does not depend on the cuts), with the
    /// same offsets, lines and columns, which are the whole document's; their word counts add
    /// up to its ``Alignment/wordCount``. An empty document gives no batch.
    ///
    /// - Throws: what `body` throws; no batch is handed over after it.
    package func align<Failure: Error>(
        _ document: TextDocument, source: SourceText? = nil, chunksPerBatch: Int? = nil,
        _ body: (Alignment) throws(Failure) -> Void
    ) throws(Failure) {
        let gate = SourceGate(terms: sourceTerms, source: source, document: document)
        let untranslated = options.englishLexicon.map {
            UntranslatedCheck(lexicon: $0, morphology: options.morphology, document: document, source: source)
        }
        let lines = LineIndex(document.bytes)
        let chunks = AlignmentChunk.chunks(of: document, target: min(options.chunkSize, Self.batchChunkSize))
        try chunks.parallelMap(
            concurrency: options.concurrency, batchSize: chunksPerBatch ?? options.concurrency,
            { chunk in align(chunk, of: document, lines: lines, gate: gate, untranslated: untranslated) }
        ) { results throws(Failure) in
            try body(
                Alignment(
                    document: document, findings: results.flatMap(\.findings),
                    wordCount: results.reduce(0) { $0 + $1.words }))
        }
    }
}
