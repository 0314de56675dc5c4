import Foundation

/// The English lexicon of the untranslated-word check (``EnglishLexicon``), compiled from
/// the word lists installed on this machine and kept compiled in a cache file.
///
/// Nothing is shipped: the first run reads Debian's `wamerican` list
/// (`/usr/share/dict/american-english`), dumps the English–Spanish dictionary of
/// `apertium-eng-spa` with `lt-print`, expands the Spanish spelling dictionary of
/// `hunspell-es` with `unmunch` (package `hunspell-tools`; its stems alone without it),
/// takes away every word that the Spanish lexicon or the spelling dictionary has, and
/// writes the result to `DIRECTORY/english-KEY.bin` (the key hashes every input, the
/// image format and Enmienda's version), about 10 s. Later runs read that file: a few
/// milliseconds.
/// Writing is atomic and locked, and never follows a link, as for ``LexiconCache``.
///
/// Without the English list the lexicon is `nil` with one warning (the check is then
/// off); without the bilingual dictionary or the spelling dictionary it is built without
/// them, with a warning for the first.
public struct EnglishLexiconCache: Sendable {
    /// Debian's `wamerican` list.
    public static let defaultWordListPath = "/usr/share/dict/american-english"
    /// The English–Spanish dictionary of Debian's `apertium-eng-spa`.
    public static let defaultBilingualPath = "/usr/share/apertium/apertium-eng-spa/eng-spa.autobil.bin"
    /// The Spanish dictionary of Debian's `hunspell-es`.
    public static let defaultSpellingPath = "/usr/share/hunspell/es_ES.dic"

    /// The English word list (one word a line).
    public var wordListPath: String
    /// The bilingual dictionary (an Apertium `.bin`); `nil` for none.
    public var bilingualPath: String?
    /// The hunspell `.dic` (its `.aff` beside it); `nil` for none.
    public var spellingPath: String?
    /// The directory of the cache files; `nil` keeps the lexicon in memory only.
    public var directory: String?
    /// The directories `lt-print` and `unmunch` are searched in, separated by colons.
    public var searchPath: String

    /// A cache of the lexicon compiled from these files in `directory`.
    public init(
        wordListPath: String = EnglishLexiconCache.defaultWordListPath,
        bilingualPath: String? = EnglishLexiconCache.defaultBilingualPath,
        spellingPath: String? = EnglishLexiconCache.defaultSpellingPath, directory: String?,
        searchPath: String = "/usr/local/bin:/usr/bin:/bin"
    ) {
        self.wordListPath = wordListPath
        self.bilingualPath = bilingualPath
        self.spellingPath = spellingPath
        self.directory = directory
        self.searchPath = searchPath
    }

    /// The cache as the environment sets it up, or `nil` when `ENMIENDA_UNTRANSLATED=off`
    /// turns the check off. `ENMIENDA_ENGLISH_WORDS`, `ENMIENDA_APERTIUM_ENG_SPA` and
    /// `ENMIENDA_HUNSPELL_ES` name other files (`off` for none of the last two); the
    /// directory is ``LexiconCache``'s.
    public init?(environment: [String: String]) {
        if environment["ENMIENDA_UNTRANSLATED"]?.lowercased() == "off" { return nil }
        func path(_ name: String, _ fallback: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return fallback }
            return value.lowercased() == "off" ? nil : value
        }
        self.init(
            wordListPath: path("ENMIENDA_ENGLISH_WORDS", Self.defaultWordListPath) ?? Self.defaultWordListPath,
            bilingualPath: path("ENMIENDA_APERTIUM_ENG_SPA", Self.defaultBilingualPath),
            spellingPath: path("ENMIENDA_HUNSPELL_ES", Self.defaultSpellingPath),
            directory: LexiconCache.defaultDirectory(environment: environment),
            searchPath: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
    }

    /// The largest word list or dictionary read, in bytes (64 MiB).
    static let maximumInputSize = 64 << 20

    /// The lexicon, from the cache file when it is there and sound, else compiled (saying
    /// so to `notify` first) and written to the cache. Never throws: `nil` with a warning
    /// when the English list cannot be read.
    ///
    /// - Parameter spanish: The Spanish lexicon whose words are taken away.
    public func load(spanish: SpanishLexicon?, notify: (LexiconCache.Notice) -> Void) -> EnglishLexicon? {
        let english: [UInt8]
        do {
            english = try Self.readRegularFile(wordListPath)
        } catch {
            notify(
                LexiconCache.Notice(
                    kind: .warning,
                    message:
                        "no check of words left in English: \(wordListPath) cannot be read (\(error.diagnostics.first?.message ?? "")); install the Debian package wamerican"
                ))
            return nil
        }
        let bilingual = bilingualPath.flatMap { try? Self.readRegularFile($0) }
        if let bilingualPath, bilingual == nil {
            notify(
                LexiconCache.Notice(
                    kind: .warning,
                    message:
                        "words left in English get no translation: \(bilingualPath) cannot be read; install the Debian package apertium-eng-spa"
                ))
        }
        let spelling = spellingPath.flatMap { try? Self.readRegularFile($0) }
        let affixes = spellingPath.flatMap { try? Self.readRegularFile(Self.affixPath(of: $0)) }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ part: some Sequence<UInt8>) {
            for byte in part { key = (key ^ UInt64(byte)) &* 0x100_0000_01b3 }
            key = (key ^ 0xFF) &* 0x100_0000_01b3
        }
        mix(english)
        mix(bilingual ?? [])
        mix(spelling ?? [])
        mix(affixes ?? [])
        mix("\(spanish?.source ?? "") \(spanish?.formCount ?? 0)".utf8)
        mix(EnglishLexicon.magic)
        mix(EnmiendaVersion.current.utf8)
        let hex = String(key, radix: 16)
        let path = directory.map { $0 + "/english-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin" }
        if let path, let lexicon = Self.open(path) { return lexicon }

        var lock: FileLock?
        var problem: String?
        if let path, let directory {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                lock = try FileLock(for: path, purpose: "the English lexicon cache")
            } catch {
                problem = "\(error)"
            }
        }
        defer { lock?.release() }
        if lock != nil, let path, let lexicon = Self.open(path) { return lexicon }
        notify(
            LexiconCache.Notice(
                kind: .compiling, message: "compiling the English word list (once; about 10 s with a release build)…"))
        let lexicon = compile(
            english: english, bilingual: bilingual, spelling: spelling, affixes: affixes, spanish: spanish)
        if problem == nil, let path {
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                problem = "it is not a regular file"
            } else {
                do {
                    try AtomicFile.write(lexicon.image(), to: path)
                    Self.removeOtherCacheFiles(keeping: path)
                } catch {
                    problem = error.diagnostics.first?.message ?? "\(error)"
                }
            }
        }
        if let problem, let path {
            notify(
                LexiconCache.Notice(
                    kind: .warning,
                    message:
                        "cannot keep the English word list in \(path) (\(problem)): it is compiled again at each run"))
        }
        return lexicon
    }

    /// The lexicon compiled from the bytes of the inputs.
    func compile(
        english: [UInt8], bilingual: [UInt8]?, spelling: [UInt8]?, affixes: [UInt8]?, spanish: SpanishLexicon?
    ) -> EnglishLexicon {
        let englishWords = Self.lines(english)
        var translations: [EnglishLexicon.Translation] = []
        if bilingual != nil, let bilingualPath, let ltPrint = LexiconCache.find("lt-print", in: searchPath),
            let text = try? LexiconCache.run(ltPrint, [bilingualPath])
        {
            ATTTransducer(text: text).forEachAnalysis { analysis in
                // The input side is the English lemma with its tags: `bailout<n>`.
                guard let tagStart = analysis.form.firstIndex(of: "<") else { return }
                let tag = analysis.form[analysis.form.index(after: tagStart)...].prefix { $0 != ">" }
                guard let partOfSpeech = PartOfSpeech(apertiumTag: tag) else { return }
                translations.append(
                    EnglishLexicon.Translation(
                        english: String(analysis.form[..<tagStart]), partOfSpeech: partOfSpeech,
                        spanish: analysis.lemma))
            }
        }
        var spanishWords: [String] = []
        spanish?.forEachForm { spanishWords.append($0) }
        if let spelling, let spellingPath {
            let expanded =
                affixes == nil
                ? nil
                : LexiconCache.find("unmunch", in: searchPath).flatMap {
                    try? LexiconCache.run($0, [spellingPath, Self.affixPath(of: spellingPath)])
                }
            if let expanded {
                spanishWords += Self.lines(expanded)
            } else {
                // The stems alone: `casa/S` → `casa`; the first line is the count.
                spanishWords += Self.lines(spelling).dropFirst().map { String($0.prefix { $0 != "/" }) }
            }
        }
        var sources = ["wamerican"]
        if !translations.isEmpty { sources.append("apertium-eng-spa") }
        if spelling != nil { sources.append("hunspell-es") }
        return EnglishLexicon(
            englishWords: englishWords, spanishWords: spanishWords, translations: translations,
            source: sources.joined(separator: ", ") + " (\(wordListPath))")
    }

    /// `es_ES.aff` beside `es_ES.dic`.
    static func affixPath(of dictionary: String) -> String {
        (dictionary.hasSuffix(".dic") ? String(dictionary.dropLast(4)) : dictionary) + ".aff"
    }

    /// The non-empty lines of UTF-8 text.
    static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
    }

    /// The bytes of a regular file of a sane size (never a FIFO, nor `/dev/zero`).
    static func readRegularFile(_ path: String) throws(InputError) -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "not a regular file")
        }
        return try FileInput.readBytes(atPath: path, maximumSize: maximumInputSize)
    }

    /// The lexicon in the cache file at `path`, or `nil` when it is missing, a link, or
    /// not a sound image of this format (it is then compiled again).
    static func open(_ path: String) -> EnglishLexicon? {
        guard let image = try? LexiconImage(mappingFileAtPath: path) else { return nil }
        return try? EnglishLexicon(image: image.bytes)
    }

    /// Removes the cache files of other keys beside `path`.
    private static func removeOtherCacheFiles(keeping path: String) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix("english-") && name.hasSuffix(".bin") && name != url.lastPathComponent {
            unlink(directory + "/" + name)
            unlink(directory + "/." + name + ".lock")
        }
    }
}
