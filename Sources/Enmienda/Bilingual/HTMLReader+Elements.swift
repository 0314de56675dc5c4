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
