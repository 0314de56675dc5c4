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
