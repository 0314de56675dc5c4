import Foundation

extension Aligner {
    /// ``tally(fileAtPath:)`` for each path, several files at a time, in the order of
    /// `paths`; a file that cannot be read gives its error and the others go on.
    public func tally(filesAtPaths paths: [String], format: DocumentFormat? = nil) -> [Result<Tally, InputError>] {
        let perFile = paths.count > 1 ? singleThreaded : self
        return paths.parallelMap(concurrency: paths.count > 1 ? options.concurrency : 1) { path in
            Result { () throws(InputError) -> Tally in try perFile.tally(fileAtPath: path, format: format) }
        }
    }

    /// Counts the findings in the file at `path` (`-`: standard input) reading it in
    /// chunks cut between sentences, so memory stays the same whatever the file's size;
    /// the chunks of each batch are aligned in parallel.
    ///
    /// Entries that need the English source stay silent, as on any Spanish-only input.
    /// A bilingual or markup file (see ``DocumentFormat``; `format` overrides what its
    /// name and content tell) is read whole and counted segment by segment.
    ///
    /// - Throws: ``InputError`` if the file cannot be read, is not valid UTF-8 (located
    ///   at the line and column of the first invalid byte), has an extension Enmienda does
    ///   not read, or is not valid in its format.
    public func tally(fileAtPath path: String, format: DocumentFormat? = nil) throws(InputError) -> Tally {
        let reader = try ChunkedReader(path: path)
        defer { reader.close() }
        var tally = Tally(path: path)
        var buffer: [UInt8] = []
        var position = TextPosition()
        let batch = options.chunkSize * options.concurrency
        let aligner = singleThreaded
        var isFirstRead = true
        while true {
            let atEnd = try reader.fill(&buffer, upTo: batch + ChunkBoundary.window + options.chunkSize)
            if isFirstRead {
                let detected: DocumentFormat
                if let format { detected = format } else { detected = try DocumentFormat.of(path: path, bytes: buffer) }
                if detected != .text {
                    while !(try reader.fill(&buffer, upTo: buffer.count + (1 << 20))) {}
                    let article = try Article(document: TextDocument(bytes: buffer, path: path), format: detected)
                    tally.add(align(article))
                    return tally
                }
            }
            isFirstRead = false
            // Cut where the boundary search cannot reach the end of what was read, unless
            // nothing more is coming.
            var chunks: [Range<Int>] = []
            var start = 0
            while start < buffer.count {
                guard atEnd || buffer.count - start > options.chunkSize + ChunkBoundary.window else { break }
                let end = ChunkBoundary.end(in: buffer, from: start, target: options.chunkSize)
                chunks.append(start..<end)
                start = end
            }
            let documents = try chunks.map { chunk throws(InputError) in
                try position.document(Array(buffer[chunk]), path: path)
            }
            let counts = documents.parallelMap(concurrency: options.concurrency) { document in
                (bytes: document.bytes.count, counted: aligner.count(document))
            }
            for (bytes, counted) in counts {
                tally.add(bytes: bytes, words: counted.words, findingsBySeverity: counted.findingsBySeverity)
            }
            buffer.removeFirst(start)
            if atEnd && buffer.isEmpty { return tally }
        }
    }
}

/// Where a chunk starts in its file, to locate invalid UTF-8 in the file's terms.
private struct TextPosition {
    var line = 1
    var column = 1

    /// The chunk as a document, or the file's line and column of its first invalid byte.
    mutating func document(_ bytes: [UInt8], path: String) throws(InputError) -> TextDocument {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let local = LineIndex(bytes).position(of: offset, in: bytes)
            throw InputError(
                SourceLocation(
                    path: path, line: line + local.line - 1,
                    column: local.line == 1 ? column + local.column - 1 : local.column),
                "invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
        }
        // Only the text after the chunk's last line break moves the column.
        if let lastBreak = bytes.lastIndex(of: 0x0A) {
            line += bytes.withUnsafeBufferPointer { $0.count { $0 == 0x0A } }
            column = 1 + LineIndex.scalarCount(bytes, from: lastBreak + 1, to: bytes.count)
        } else {
            column += LineIndex.scalarCount(bytes, from: 0, to: bytes.count)
        }
        return TextDocument(validated: bytes, path: path)
    }
}

/// Reads a file (or standard input) block by block.
private struct ChunkedReader {
    private let descriptor: Int32
    private let path: String
    private let owned: Bool

    init(path: String) throws(InputError) {
        self.path = path
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard path != "-" else {
            descriptor = STDIN_FILENO
            owned = false
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(start, FileInput.missing(path, "no such file")) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(start, "is a directory, not a file") }
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(start, "cannot be read (\(String(cString: strerror(errno))))") }
        owned = true
    }

    func close() {
        if owned { _ = Foundation.close(descriptor) }
    }

    /// Appends to `buffer` until it holds `limit` bytes or the input ends; whether it ended.
    func fill(_ buffer: inout [UInt8], upTo limit: Int) throws(InputError) -> Bool {
        while buffer.count < limit {
            var failure: Int32 = 0
            let count = FileInput.readMore(descriptor, into: &buffer, upTo: limit - buffer.count, failure: &failure)
            if count < 0 {
                throw InputError(
                    SourceLocation(path: path, line: 1, column: 1),
                    "cannot be read: \(String(cString: strerror(failure)))")
            }
            if count == 0 { return true }
        }
        return false
    }
}
