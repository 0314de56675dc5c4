import Dispatch
import Synchronization

extension Aligner {
    /// ``tally(fileAtPath:)`` for each path, several files at a time, in the order of
    /// `paths`; a file that cannot be read gives its error and the others go on.
    public func tally(
        filesAtPaths paths: [String], format: DocumentFormat? = nil, suppressions: Suppressions = Suppressions()
    ) -> [Result<Tally, InputError>] {
        let perFile = paths.count > 1 ? singleThreaded : self
        return paths.parallelMap(concurrency: paths.count > 1 ? options.concurrency : 1) { path in
            Result { () throws(InputError) -> Tally in
                try perFile.tally(fileAtPath: path, format: format, suppressions: suppressions)
            }
        }
    }

    /// The largest chunk ``tally(fileAtPath:)`` aligns at once, in bytes: 256 KiB, or
    /// ``AlignmentOptions/chunkSize`` when that is smaller. Chunks are cut between
    /// sentences, so the counts do not depend on it.
    static let tallyChunkSize = 1 << 18

    /// Counts the findings in the file at `path` (`-`: standard input) reading it in
    /// chunks cut between sentences (of ``tallyChunkSize`` bytes at most), so memory stays
    /// the same whatever the file's size; up to ``AlignmentOptions/concurrency`` workers
    /// each take the next chunk as soon as they are free, then check and align it (see
    /// ``ChunkFeed``).
    ///
    /// Entries that need the English source stay silent, as on any Spanish-only input.
    /// A bilingual or markup file (see ``DocumentFormat``; `format` overrides what its
    /// name and content tell) is read whole and counted segment by segment.
    ///
    /// - Throws: ``InputError`` if the file cannot be read, is not valid UTF-8 (located
    ///   at the line and column of the first invalid byte), has an extension Enmienda does
    ///   not read, or is not valid in its format.
    /// Findings that `suppressions` holds are not counted (with any, each chunk's findings
    /// are made, to be told by their fingerprints: a slower count).
    ///
    /// - Complexity: O(n) in the file's bytes, in memory of about
    ///   (``AlignmentOptions/concurrency`` + 1) chunks.
    public func tally(
        fileAtPath path: String, format: DocumentFormat? = nil, suppressions: Suppressions = Suppressions()
    ) throws(InputError) -> Tally {
        let reader = try ChunkedReader(path: path)
        defer { reader.close() }
        var buffer: [UInt8] = []
        // Enough to tell the format and cut the first chunk; the feed reads the rest as
        // the workers ask (a read sized by the workers took 1 GiB with `--jobs 1024`).
        let atEnd = try reader.fill(
            &buffer, upTo: min(options.chunkSize, Self.tallyChunkSize) + 2 * ChunkBoundary.window + 3)
        let detected: DocumentFormat
        if let format { detected = format } else { detected = try DocumentFormat.of(path: path, bytes: buffer) }
        var tally = Tally(path: path)
        if detected != .text {
            while !(try reader.fill(&buffer, upTo: buffer.count + (1 << 20))) {}
            let article = try Article(document: TextDocument(bytes: buffer, path: path), format: detected)
            let (shown, suppressed) = suppressions.filter([align(article)])
            tally.add(shown[0])
            tally.suppressed += suppressed
            return tally
        }
        // Pieces of at most a quarter of a MiB: the last one taken ends the count, and the
        // other workers idle while it is aligned (a MiB takes 0.1 s with a large glossary).
        let feed = ChunkFeed(
            reader: reader, buffer: buffer, atEnd: atEnd, target: min(options.chunkSize, Self.tallyChunkSize))
        buffer = []
        let aligner = singleThreaded
        let results = Mutex<[(index: Int, count: ChunkCount)]>([])
        // With one worker, the calling thread is that worker.
        DispatchQueue.concurrentPerform(iterations: options.concurrency) { _ in
            while let (index, bytes, owned) = feed.next() {
                let count = ChunkCount(bytes, owned: owned, path: path, aligner: aligner, suppressions: suppressions)
                // Nothing after an invalid byte counts: the chunks before it are out already.
                if case .invalid = count { feed.stop() }
                results.withLock { $0.append((index, count)) }
            }
        }
        // In text order: the chunks before the first invalid byte locate it.
        var position = TextPosition()
        for (_, count) in results.withLock({ $0 }).sorted(by: { $0.index < $1.index }) {
            switch count {
            case .invalid(let invalid):
                throw position.error(invalid, path: path)
            case .counted(let bytes, let words, let findingsBySeverity, let suppressed, let step):
                tally.add(bytes: bytes, words: words, findingsBySeverity: findingsBySeverity, suppressed: suppressed)
                position.advance(by: step)
            }
        }
        if let failure = feed.failure { throw failure }
        return tally
    }
}

/// What one chunk of a plain-text file comes to.
private enum ChunkCount: Sendable {
    /// Its bytes, words and findings, and how it moves the position of the next chunk.
    case counted(bytes: Int, words: Int, findingsBySeverity: [Severity: Int], suppressed: Int, step: TextPosition.Step)
    /// Its first invalid byte.
    case invalid(TextPosition.Invalid)

    /// Checks the chunk at `owned` of `bytes` (a piece of the file at `path` with the bytes
    /// around it, see ``ChunkFeed/next()``) and counts its findings.
    ///
    /// - Complexity: O(n) in the bytes.
    init(_ bytes: [UInt8], owned: Range<Int>, path: String, aligner: Aligner, suppressions: Suppressions) {
        let chunk = owned == bytes.indices ? bytes : Array(bytes[owned])
        if let invalid = TextPosition.Invalid(chunk) {
            self = .invalid(invalid)
            return
        }
        let step = TextPosition.Step(chunk)
        // The bytes before the chunk were checked with the chunk before it (if they are
        // invalid, that chunk's error is the one thrown, and this count is not used); those
        // after it are the next chunk's to check, and its text up to them is read here.
        var text = bytes
        var owned = owned
        if owned.lowerBound > 0, UTF8Validation.firstInvalidOffset(in: Array(text[..<owned.lowerBound])) != nil {
            text.removeFirst(owned.lowerBound)
            owned = 0..<owned.count
        }
        if owned.upperBound < text.count,
            let invalid = UTF8Validation.firstInvalidOffset(in: Array(text[owned.upperBound...]))
        {
            text.removeLast(text.count - owned.upperBound - invalid)
        }
        let counted = aligner.count(
            TextDocument(validated: text, path: path), owning: owned, suppressions: suppressions)
        self = .counted(
            bytes: chunk.count, words: counted.words, findingsBySeverity: counted.findingsBySeverity,
            suppressed: counted.suppressed, step: step)
    }
}
