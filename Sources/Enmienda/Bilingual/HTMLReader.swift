/// Reads an HTML article into segments: the text of its blocks, tags left out and
/// character references decoded, each tied to the file's bytes so that corrections are
/// spliced in and everything else is kept byte for byte.
///
/// - Each block element (`p`, `h1`–`h6`, `li`, `td`, `th`, `dt`, `dd`, `blockquote`,
///   `figcaption`, `caption`, `title`, `div`, `section`, `article`…) starts a segment of
///   its own; a block inside another (a list in a `li`, a `p` in a `div`) splits its
///   text, and so does a `<br>`. Inline elements (`a`, `em`, `strong`, `span`, `abbr`,
///   `q`, `time`…) are transparent: `tomará <em>lugar</em>` is one phrase.
/// - Code and data are never checked: the content of `<script>`, `<style>`, `<code>`,
///   `<kbd>`, `<samp>` and `<var>` (left out of the sentence around it), and of `<pre>`,
///   `<template>`, `<textarea>`, `<svg>`, `<math>`, `<iframe>` and `<noscript>` (which
///   also split it: what `noscript` holds is shown only without scripts, mostly a
///   notice, and browsers read it as raw text), nor of any element marked
///   `translate="no"`.
/// - `&amp;`, `&#233;`, `&#xE9;` and HTML's named references (`&nbsp;`, `&eacute;`,
///   `&mdash;`…, from libxml2's table) are decoded; corrections are written escaped as
///   XML character data.
/// - A segment's id is its element's `id` attribute, else `tag N` (the *N*th such element,
///   `p 3`); further stretches of one element's text are `id/2`, `id/3`…, and text in no
///   block is `text N`.
///
/// The bytes are read by ``HTMLMarkup`` with the rules of libxml2's forgiving HTML parser
/// (which elements close which, void elements, stray end tags), then checked against
/// libxml2's own reading (``HTMLText``): a block's text is checked only if it is exactly
/// the text libxml2 reads in the same block, so that no correction can land in a tag, an
/// attribute or a script. A block read differently is left unchecked, with a diagnostic.
enum HTMLReader {
    /// Elements that start a block of text of their own.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "optgroup", "option", "p",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    ]
    /// Inline elements whose content is code or data, not prose: left out of the text
    /// around them, which they do not split.
    static let codeElements: Set<String> = ["code", "kbd", "samp", "var", "script", "style"]
    /// Elements whose content is left out and that end the text before them.
    static let excludedElements: Set<String> = [
        "pre", "template", "noscript", "textarea", "xmp", "listing", "plaintext", "svg", "math", "iframe", "noembed",
        "noframes",
    ]

    /// What an element is to the text: one lookup per element.
    enum Role {
        case block, code, excluded
    }

    static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in blockElements { roles[name] = .block }
        for name in codeElements { roles[name] = .code }
        for name in excludedElements { roles[name] = .excluded }
        return roles
    }()

    /// The segments of `document`, an HTML page (`format` `HTML`).
    ///
    /// - Throws: ``InputError`` at `path:line:column` if the page keeps so many elements
    ///   open that reading it would take too long, or if it has text but none of it can
    ///   be located safely.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        var skipped: [Diagnostic] = []
        return try read(document, skipped: &skipped)
    }

    /// The segments of `document`, an HTML page; `skipped` gets a diagnostic for each
    /// stretch of text left unchecked because libxml2 reads it differently, in file order.
    static func read(_ document: TextDocument, skipped: inout [Diagnostic]) throws(InputError) -> SegmentedDocument {
        let bytes = document.bytes
        let lines = LineIndex(bytes)
        func location(_ offset: Int) -> SourceLocation {
            let position = lines.position(of: min(max(offset, 0), bytes.count), in: bytes)
            return SourceLocation(path: document.path, line: position.line, column: position.column)
        }
        guard bytes.count > document.contentStart else {
            return SegmentedDocument(document: document, format: "HTML", segments: [])
        }
        guard bytes.count < Int(Int32.max) else {
            throw InputError(location(0), "the file is too large (2 GiB or more)")
        }

        // Our reading: tokens, the elements libxml2 would make of them, the text of each block.
        var elements = Elements(bytes)
        var startTags: [(range: Range<Int>, name: String)] = []
        var tokens = HTMLMarkup(bytes, from: document.contentStart)
        while let token = tokens.next() {
            switch token {
            case .start(let tag):
                startTags.append((tag.range, tag.name))
                elements.start(tag)
            case .end(let name, _): elements.end(name)
            case .text(let range): elements.text(range)
            case .reference(let range, let character): elements.reference(range, character)
            case .markup: break
            }
            if elements.work > elements.budget {
                throw InputError(
                    location(token.range.lowerBound),
                    "too many elements left open for the end tags that follow (unclosed tags?), or too many "
                        + "attributes: reading the page would take too long")
            }
        }
        let ours = elements.finish()

        // libxml2's reading, block by block.
        guard let events = HTMLText.events(of: bytes) else {
            throw InputError(location(0), "libxml2 cannot read this page")
        }
        var theirs = Blocks()
        for event in events {
            switch event {
            case .start(let name, let translate, let cursor):
                theirs.start(
                    name, tag: cursor.flatMap { Self.tag(at: $0, named: name, in: startTags) }, translate: translate)
            case .end(let name): theirs.end(name)
            case .text(let text): theirs.append(text[...], fileRange: nil, kind: .text)
            }
        }
        var expected: [Place: [UInt8]] = [:]
        for stretch in theirs.finish() {
            if let place = stretch.place { expected[place] = stretch.text }
        }

        var segments: [TextSegment] = []
        var ids: Set<String> = []
        var places: Set<Place> = []
        var unchecked: [(offset: Int, diagnostic: Diagnostic)] = []
        for stretch in ours {
            guard let place = stretch.place else { continue }
            places.insert(place)
            let id = stretch.id.flatMap { ids.contains($0) ? nil : $0 } ?? stretch.generatedID
            ids.insert(id)
            if expected[place] == stretch.text {
                segments.append(
                    TextSegment(id: id, text: stretch.text, runs: stretch.runs, source: nil, escaping: .xml))
            } else {
                let offset = stretch.runs.first?.fileRange.lowerBound ?? place.block
                let what = stretch.element.isEmpty ? "this text" : "the text of this \(stretch.element)"
                let message = "libxml2 reads \(what) differently (unusual markup?): it is left unchecked"
                unchecked.append((offset, Diagnostic(location: location(offset), message: message)))
            }
        }
        for place in expected.keys where !places.contains(place) {
            let offset = max(place.block, 0)
            let message = "libxml2 reads text here that cannot be located in the file's bytes: it is left unchecked"
            unchecked.append((offset, Diagnostic(location: location(offset), message: message)))
        }
        unchecked.sort { $0.offset < $1.offset }
        skipped += unchecked.map(\.diagnostic)
        if segments.isEmpty, let first = unchecked.first {
            throw InputError(
                first.diagnostic.location,
                "libxml2 reads none of this page's text where Enmienda locates it (the first difference is here): "
                    + "nothing in it can be checked safely")
        }
        return SegmentedDocument(document: document, format: "HTML", segments: segments)
    }

    /// The start offset of the start tag named `name` that the parser's `cursor` is in (at
    /// its `>` or `/>`), or `nil` (an element libxml2 implied, or a tag read differently).
    private static func tag(at cursor: Int, named name: String, in tags: [(range: Range<Int>, name: String)]) -> Int? {
        var low = 0
        var high = tags.count
        while low < high {
            let middle = (low + high) / 2
            if tags[middle].range.lowerBound < cursor { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let tag = tags[low - 1]
        return cursor < tag.range.upperBound && tag.name == name ? tag.range.lowerBound : nil
    }
}
