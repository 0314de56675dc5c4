import Foundation

/// A text as LanguageTool's `data` parameter gives it: parts of text to check and parts of
/// markup to skip, each markup part checked as its `interpretAs` text, if any.
///
/// ```json
/// {"annotation": [{"text": "Son "}, {"markup": "<b>"}, {"text": "no talleres"},
///                 {"markup": "</b>"}, {"markup": "<p>", "interpretAs": "\n\n"}]}
/// ```
///
/// The aligner checks ``checkedText``; every offset answered is an offset into
/// ``originalText``, the parts joined, text and markup alike, as LanguageTool answers
/// (``originalOffset(of:in:isEnd:)``). A plain `text` parameter is one text part.
public struct AnnotatedText: Sendable, Equatable {
    /// One part of the text.
    public enum Part: Sendable, Equatable {
        /// Text that is checked, and answered at its own offsets.
        case text(String)
        /// Markup that is skipped; `interpretAs` is checked in its place.
        case markup(String, interpretAs: String)
    }

    /// A position in the units an answer gives offsets in.
    public enum Unit: Sendable {
        /// UTF-16 code units (LanguageTool's `offset`, `length`).
        case utf16
        /// Unicode scalars (`codePointOffset`, `codePointLength`).
        case scalars
        /// UTF-8 bytes (`byteOffset`, `byteLength`).
        case bytes
    }

    /// The parts in order.
    public let parts: [Part]
    /// Where each part starts and how long it is, in the checked and the original text.
    private let extents: [(checked: Extent, original: Extent, isText: Bool)]

    /// A plain text: one text part.
    public init(plain text: String) {
        self.init(parts: [.text(text)])
    }

    /// A text made of `parts`.
    public init(parts: [Part]) {
        self.parts = parts
        var extents: [(checked: Extent, original: Extent, isText: Bool)] = []
        var checked = Extent(), original = Extent()
        for part in parts {
            switch part {
            case .text(let text):
                let length = Extent(text)
                extents.append((checked, original, true))
                checked.advance(by: length)
                original.advance(by: length)
            case .markup(let markup, let interpretAs):
                extents.append((checked, original, false))
                checked.advance(by: Extent(interpretAs))
                original.advance(by: Extent(markup))
            }
        }
        extents.append((checked, original, true))
        self.extents = extents
    }

    /// Reads LanguageTool's `data` parameter: `{"annotation": [...]}`, each item with a
    /// `text`, or a `markup` and an optional `interpretAs`.
    ///
    /// - Throws: ``ServiceError`` (400) if `data` is not JSON of that shape.
    public init(json data: String) throws(ServiceError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data.utf8))
        } catch {
            throw ServiceError(status: 400, "Could not parse JSON from 'data' parameter: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any], let items = root["annotation"] as? [Any] else {
            throw ServiceError(status: 400, "'data' must be a JSON object with an 'annotation' array")
        }
        var parts: [Part] = []
        for (index, item) in items.enumerated() {
            guard let item = item as? [String: Any] else {
                throw ServiceError(status: 400, "'annotation' item \(index + 1) is not a JSON object")
            }
            if let text = item["text"] as? String {
                guard item["markup"] == nil else {
                    throw ServiceError(status: 400, "'annotation' item \(index + 1) has both 'text' and 'markup'")
                }
                parts.append(.text(text))
            } else if let markup = item["markup"] as? String {
                let interpretAs = item["interpretAs"]
                guard interpretAs == nil || interpretAs is String else {
                    throw ServiceError(status: 400, "'interpretAs' of 'annotation' item \(index + 1) is not a string")
                }
                parts.append(.markup(markup, interpretAs: interpretAs as? String ?? ""))
            } else {
                throw ServiceError(
                    status: 400, "'annotation' item \(index + 1) needs a 'text' or a 'markup' string")
            }
        }
        self.init(parts: parts)
    }

    /// The text the aligner checks: text parts and `interpretAs` parts, joined.
    public var checkedText: String {
        parts.map {
            switch $0 {
            case .text(let text): text
            case .markup(_, let interpretAs): interpretAs
            }
        }.joined()
    }

    /// The whole text: text and markup parts, joined.
    public var originalText: String {
        parts.map {
            switch $0 {
            case .text(let text): text
            case .markup(let markup, _): markup
            }
        }.joined()
    }

    /// Whether every part is text, so that offsets in the checked text are offsets in the
    /// original.
    public var isPlain: Bool { parts.allSatisfy { if case .text = $0 { true } else { false } } }

    /// The offset in ``originalText`` of `offset` in ``checkedText``, both in `unit`.
    ///
    /// In a text part the offset moves by the markup before it. A start (`isEnd` false)
    /// inside an `interpretAs` goes to its markup's start, an end to its markup's end. A
    /// start on the boundary of a part is taken in the later part, an end in the earlier
    /// one, so that a match never takes in the markup around it.
    ///
    /// - Complexity: O(*p*) in the parts.
    public func originalOffset(of offset: Int, in unit: Unit, isEnd: Bool) -> Int {
        // The first part whose end is past `offset` (at it, for an end), by binary search:
        // the parts' checked offsets never decrease, and a request may have thousands.
        var low = 0
        var high = extents.count - 1
        while low < high {
            let middle = (low + high) / 2
            let end = extents[middle + 1].checked[unit]
            if isEnd ? end >= offset : end > offset { high = middle } else { low = middle + 1 }
        }
        if low < extents.count - 1 {
            let (checked, original, isText) = extents[low]
            let end = extents[low + 1].checked[unit]
            let start = checked[unit]
            let inside = isEnd ? (start < offset && offset <= end) : (start <= offset && offset < end)
            if inside {
                if isText { return original[unit] + (offset - start) }
                return isEnd ? extents[low + 1].original[unit] : original[unit]
            }
        }
        if offset <= 0 { return 0 }
        return extents[extents.count - 1].original[unit] - (extents[extents.count - 1].checked[unit] - offset)
    }

    /// A length in three units.
    private struct Extent: Sendable, Equatable {
        var utf16 = 0, scalars = 0, bytes = 0

        init() {}

        init(_ text: String) {
            utf16 = text.utf16.count
            scalars = text.unicodeScalars.count
            bytes = text.utf8.count
        }

        mutating func advance(by other: Extent) {
            utf16 += other.utf16
            scalars += other.scalars
            bytes += other.bytes
        }

        subscript(unit: Unit) -> Int {
            switch unit {
            case .utf16: utf16
            case .scalars: scalars
            case .bytes: bytes
            }
        }
    }

    /// Whether two texts have the same parts.
    public static func == (left: AnnotatedText, right: AnnotatedText) -> Bool { left.parts == right.parts }
}
