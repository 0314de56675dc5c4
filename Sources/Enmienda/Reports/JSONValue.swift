/// A JSON value, and its pretty-printed UTF-8 with keys in sorted order.
///
/// Reports are written with this instead of `JSONEncoder`, which costs tens of
/// microseconds per object: a report of a large archive holds hundreds of thousands.
/// The JSON report writes its matches straight into an ``OutputBuffer`` in the same
/// format (``JSONReporter``); this is for what is small, such as its summaries.
enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    /// Members; written in key order whatever the order given.
    case object([(String, JSONValue)])

    /// The pretty-printed text (two-space indentation, sorted keys, `/` not escaped); long
    /// arrays are written `concurrency` slices at a time (the text is the same).
    func text(concurrency: Int = 1) -> String {
        var output = OutputBuffer()
        write(into: &output, indent: 0, concurrency: concurrency)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends the pretty-printed value, its inner lines indented by `indent` + 2 spaces.
    func write(into output: inout OutputBuffer, indent: Int, concurrency: Int = 1) {
        switch self {
        case .string(let string): output.appendJSON(string)
        case .int(let value): output.appendJSON(value)
        case .double(let value): output.appendJSON(value)
        case .bool(let value): output.appendJSON(value)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(literal: "[]")
                return
            }
            output.append(literal: "[\n")
            if concurrency > 1 && elements.count >= Self.parallelElements {
                // A long array: written a slice per core, joined in order.
                let slices = stride(from: 0, to: elements.count, by: Self.parallelElements / 4).map {
                    $0..<min(elements.count, $0 + Self.parallelElements / 4)
                }
                let pieces = slices.parallelMap(concurrency: concurrency) { slice in
                    var piece = OutputBuffer()
                    Self.write(elements[slice], last: elements.count - 1, into: &piece, indent: indent)
                    return piece.bytes
                }
                for piece in pieces { output.append(contentsOf: piece) }
            } else {
                Self.write(
                    elements[...], last: elements.count - 1, into: &output, indent: indent, concurrency: concurrency)
            }
            output.appendSpaces(indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(literal: "{}")
                return
            }
            output.append(literal: "{\n")
            // Keys are ASCII, for which byte order is String order; most objects are built
            // in key order already, and checking that is cheaper than sorting.
            let inOrder = zip(members, members.dropFirst()).allSatisfy { Self.precedes($0.0, $1.0) }
            let sorted = inOrder ? members : members.sorted { Self.precedes($0.0, $1.0) }
            for (index, (key, value)) in sorted.enumerated() {
                output.appendSpaces(indent + 2)
                output.appendJSON(key)
                output.append(literal: " : ")
                value.write(into: &output, indent: indent + 2, concurrency: concurrency)
                output.append(literal: index + 1 < sorted.count ? ",\n" : "\n")
            }
            output.appendSpaces(indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Arrays at least this long are written on every core.
    private static let parallelElements = 4096

    /// The lines of `elements` (of an array whose last index is `last`) at `indent`.
    private static func write(
        _ elements: ArraySlice<JSONValue>, last: Int, into output: inout OutputBuffer, indent: Int,
        concurrency: Int = 1
    ) {
        for index in elements.indices {
            output.appendSpaces(indent + 2)
            elements[index].write(into: &output, indent: indent + 2, concurrency: concurrency)
            output.append(literal: index < last ? ",\n" : "\n")
        }
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes (String order for ASCII keys).
    private static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
