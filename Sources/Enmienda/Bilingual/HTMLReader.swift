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

// MARK: - Blocks

extension HTMLReader {
    /// Where a stretch of text is: the block it is in (the offset of the block's start tag,
    /// -1 for text in no block) and how many stretches of that block come before it.
    struct Place: Hashable {
        var block: Int
        var index: Int
    }

    /// The text of one block, or of the part of it between two blocks it holds.
    struct Stretch {
        /// `nil` for text in a block libxml2 implied or whose tag is not located.
        var place: Place?
        var text: [UInt8] = []
        var runs: [SegmentRun] = []
        /// `<p>`, or nothing for text in no block, for messages.
        var element = ""
        /// The id from the element's `id` attribute, if it has a usable one.
        var id: String?
        /// `tag N`, `tag N/2`…, unique.
        var generatedID = ""
    }

    /// Splits a page's text into stretches as elements start and end: fed with our
    /// reading and with libxml2's, so that both are split alike.
    struct Blocks {
        private enum Frame {
            case transparent, skipped, block
        }

        private struct Block {
            var tag: Int?
            var name: String
            var id: String?
            var generatedID: String
            var stretches = 0
        }

        private var frames: [(name: String, frame: Frame)] = []
        private var open: [String: Int] = [:]
        private var blocks = [Block(tag: -1, name: "", id: nil, generatedID: "text")]
        private var ordinals: [String: Int] = [:]
        private var skipDepth = 0
        private var current = Stretch()
        private var stretches: [Stretch] = []

        /// An element starts; `tag` is the offset of its start tag, `nil` for an element
        /// libxml2 implied (or a tag not located).
        mutating func start(_ name: String, tag: Int?, translate: String?, id: String? = nil) {
            let role = HTMLReader.roles[name]
            if tag != nil && role == .block { ordinals[name, default: 0] += 1 }
            let frame: Frame
            if skipDepth > 0 {
                frame = .skipped
            } else if role == .code || role == .excluded || translate?.lowercased() == "no" {
                // Left out; what is not inline also ends the text before it.
                if role == .block || role == .excluded { close() }
                frame = .skipped
            } else if name == "br" {
                close()
                frame = .transparent
            } else if role == .block && !(tag == nil && name == "p") {
                close()
                let usable = id.flatMap { $0.isEmpty || $0.contains(where: \.isWhitespace) ? nil : $0 }
                blocks.append(
                    Block(tag: tag, name: name, id: usable, generatedID: "\(name) \(ordinals[name, default: 0])"))
                frame = .block
            } else {
                frame = .transparent
            }
            if frame == .skipped { skipDepth += 1 }
            frames.append((name, frame))
            open[name, default: 0] += 1
        }

        /// The element `name` ends, and any started since (libxml2 may leave some
        /// unended); an end with no such element open is ignored.
        mutating func end(_ name: String) {
            guard open[name, default: 0] > 0 else { return }
            while let (top, frame) = frames.popLast() {
                open[top, default: 1] -= 1
                switch frame {
                case .skipped: skipDepth -= 1
                case .block:
                    close()
                    blocks.removeLast()
                case .transparent: break
                }
                if top == name { break }
            }
        }

        /// Text, with where it is in the file (`nil` for libxml2's).
        mutating func append(_ text: ArraySlice<UInt8>, fileRange: Range<Int>?, kind: SegmentRun.Kind) {
            guard skipDepth == 0, !text.isEmpty else { return }
            if let fileRange {
                if let last = current.runs.last, kind == .text, last.kind == .text,
                    last.fileRange.upperBound == fileRange.lowerBound
                {
                    current.runs[current.runs.count - 1] = SegmentRun(
                        textOffset: last.textOffset, textLength: last.textLength + text.count,
                        fileRange: last.fileRange.lowerBound..<fileRange.upperBound, kind: .text)
                } else {
                    current.runs.append(
                        SegmentRun(
                            textOffset: current.text.count, textLength: text.count, fileRange: fileRange, kind: kind))
                }
            }
            current.text.append(contentsOf: text)
        }

        /// The stretches, every element ended.
        mutating func finish() -> [Stretch] {
            while let (name, _) = frames.last { end(name) }
            close()
            return stretches
        }

        /// Ends the current stretch; one with text other than blanks is kept.
        private mutating func close() {
            defer { current = Stretch() }
            guard current.text.contains(where: { !Self.isBlank($0) }) else { return }
            let block = blocks[blocks.count - 1]
            let index = block.stretches
            blocks[blocks.count - 1].stretches += 1
            current.place = block.tag.map { Place(block: $0, index: index) }
            let suffix = index == 0 ? "" : "/\(index + 1)"
            if block.tag == -1 {
                current.generatedID = "text \(index + 1)"
            } else {
                current.element = "<\(block.name)>"
                current.generatedID = block.generatedID + suffix
                current.id = block.id.map { $0 + suffix }
            }
            stretches.append(current)
        }

        static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}

// MARK: - Elements

extension HTMLReader {
    /// The elements libxml2's HTML parser makes of the tags, as it makes them: which start
    /// tag closes which open element, which elements it implies, which end tags it
    /// ignores. (The rules are those of libxml2 2.9's HTML 4 parser, found by trying its
    /// every pair of elements; anything it does otherwise only makes a block's text
    /// differ from libxml2's, which leaves it unchecked.)
    struct Elements {
        /// HTML 4's void elements: no content, no end tag.
        static let voidElements: Set<String> = [
            "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta",
            "param",
        ]
        /// For an open element, the start tags that close it when it is the current one.
        static let closedBy: [String: Set<String>] = {
            let headings: Set<String> = ["p", "li", "table", "form", "fieldset"]
            let lists: Set<String> = ["ul", "dl", "dt", "dd", "form"]
            let cells: Set<String> = ["tbody", "tfoot", "tr", "td", "th"]
            let preformatted: Set<String> = ["ul", "li", "dl", "dt", "dd", "table", "form", "fieldset"]
            var rules: [String: Set<String>] = [
                "title": ["body", "frameset"],
                "p": [
                    "head", "body", "title", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "address", "ul", "ol",
                    "li", "dl", "dt", "dd", "menu", "dir", "table", "caption", "colgroup", "col", "tbody", "tfoot",
                    "tr", "td", "th", "form", "fieldset", "blockquote", "pre", "center", "hr", "xmp", "listing",
                    "frameset",
                ],
                "span": ["td", "th"], "a": ["a", "table", "td", "th", "fieldset"],
                "b": ["p", "td", "th", "center"], "i": ["p", "td", "th", "center"], "u": ["p", "td", "th"],
                "s": ["p"], "small": ["p"], "big": ["p"], "tt": ["p"], "strike": ["p"],
                "font": ["td", "th", "center"],
                "address": ["ul", "li", "dl", "dt", "dd", "form"], "ul": ["address", "ol", "menu", "form", "pre"],
                "ol": ["ul", "form"], "li": ["li"], "dl": ["li", "form"], "dt": ["dl", "dd"], "dd": ["dt"],
                "menu": lists, "dir": lists,
                "caption": ["colgroup", "col", "thead", "tbody", "tfoot", "tr"],
                "colgroup": ["colgroup", "thead", "tbody", "tfoot", "tr"],
                "thead": ["tbody", "tfoot"], "tbody": ["tbody", "tfoot"], "tfoot": ["tbody"],
                "tr": ["tbody", "tfoot", "tr"], "td": cells, "th": cells,
                "form": ["form"], "legend": ["fieldset"], "option": ["option", "optgroup"],
                "pre": preformatted, "xmp": preformatted, "listing": preformatted,
                "head": [
                    "html", "head", "body", "p", "div", "span", "a", "em", "strong", "b", "i", "u", "s", "small", "big",
                    "tt", "strike", "font", "sub", "sup", "abbr", "acronym", "cite", "q", "dfn", "code", "kbd", "samp",
                    "var", "bdo", "h1", "h2", "h3", "h4", "h5", "h6", "address", "ul", "ol", "li", "dl", "dt", "dd",
                    "menu", "dir", "table", "form", "fieldset", "blockquote", "pre", "center", "img", "br", "hr", "map",
                    "iframe", "xmp", "listing", "frameset",
                ],
            ]
            for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] { rules[heading] = headings }
            return rules
        }()
        /// Elements that may be in `head`: the first of them implies a `head`, any other
        /// element a `body`.
        static let headElements: Set<String> = ["script", "style", "meta", "link", "title", "base"]

        /// How much an end tag may close: it is ignored if an element of a higher priority
        /// is open inside its element (`</div>` does not close a `td` in the `div`).
        static func priority(_ name: String) -> Int {
            switch name {
            case "div": 150
            case "td", "th": 160
            case "tr": 170
            case "thead", "tbody", "tfoot": 180
            case "table": 190
            case "head", "body": 200
            case "html": 220
            default: 100
            }
        }

        let bytes: [UInt8]
        /// The work libxml2 does that is not linear in the page's length (on each end tag
        /// it searches the open elements, on each attribute the tag's attributes before
        /// it), and the most the page may take.
        private(set) var work = 0
        let budget: Int
        private var stack: [String] = []
        private var open: [String: Int] = [:]
        private var seenHead = false
        private var seenBody = false
        /// Misplaced `html`, `head` and `body` start tags dropped; as many of their end
        /// tags are ignored.
        private var dropped = 0
        private var blocks = Blocks()

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            self.budget = 64 * bytes.count + 1_000_000
        }

        mutating func start(_ tag: HTMLMarkup.StartTag) {
            let name = tag.name
            work += tag.attributes * (tag.attributes - 1) / 2
            closeCurrent(before: name)
            imply(before: name)
            if (name == "html" && !stack.isEmpty) || (name == "head" && stack.count != 1)
                || (name == "body" && open["body", default: 0] > 0)
            {
                dropped += 1
                return
            }
            push(name, tag: tag.range.lowerBound, translate: tag.translate, id: tag.id)
            if tag.selfClosing || Self.voidElements.contains(name) { pop() }
        }

        mutating func end(_ name: String) {
            if dropped > 0 && (name == "html" || name == "body" || name == "head") {
                dropped -= 1
                return
            }
            guard open[name, default: 0] > 0 else {
                work += stack.count
                return
            }
            let priority = Self.priority(name)
            var position = stack.count - 1
            while stack[position] != name {
                if Self.priority(stack[position]) > priority {
                    work += stack.count - position
                    return
                }
                position -= 1
            }
            work += stack.count - position
            while stack.count > position { pop() }
        }

        mutating func text(_ range: Range<Int>) {
            // A `<` that starts no tag is text, but libxml2 gives it no `p` of its own.
            let blank = bytes[range].allSatisfy(Blocks.isBlank)
            if bytes[range.lowerBound] != UInt8(ascii: "<")
                && (!blank || (range.upperBound < bytes.count && bytes[range.upperBound] != UInt8(ascii: "<")))
            {
                checkParagraph()
            }
            blocks.append(bytes[range], fileRange: range, kind: .text)
        }

        mutating func reference(_ range: Range<Int>, _ character: [UInt8]) {
            guard !character.isEmpty else { return }
            checkParagraph()
            blocks.append(character[...], fileRange: range, kind: .reference)
        }

        mutating func finish() -> [Stretch] {
            while !stack.isEmpty { pop() }
            return blocks.finish()
        }

        /// Text outside `body` gets a `p` of its own, as libxml2 gives it.
        private mutating func checkParagraph() {
            guard stack.last == nil || stack.last == "html" || stack.last == "head" else { return }
            closeCurrent(before: "p")
            imply(before: "p")
            push("p", tag: nil, translate: nil, id: nil)
        }

        private mutating func closeCurrent(before name: String) {
            while let current = stack.last, Self.closedBy[current]?.contains(name) == true { pop() }
        }

        private mutating func imply(before name: String) {
            guard name != "html" else { return }
            if stack.isEmpty { push("html", tag: nil, translate: nil, id: nil) }
            guard name != "body" && name != "head" else { return }
            if stack.count <= 1 && Self.headElements.contains(name) {
                if !seenHead && !seenBody { push("head", tag: nil, translate: nil, id: nil) }
            } else if name != "noframes" && name != "frame" && name != "frameset" {
                if !seenBody && open["body", default: 0] == 0 && open["head", default: 0] == 0 {
                    push("body", tag: nil, translate: nil, id: nil)
                }
            }
        }

        private mutating func push(_ name: String, tag: Int?, translate: String?, id: String?) {
            stack.append(name)
            open[name, default: 0] += 1
            if name == "head" { seenHead = true }
            if name == "body" { seenBody = true }
            blocks.start(name, tag: tag, translate: translate, id: id)
        }

        private mutating func pop() {
            guard let name = stack.popLast() else { return }
            open[name, default: 1] -= 1
            blocks.end(name)
        }
    }
}
