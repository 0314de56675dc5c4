/// Edits to a file written as a unified diff, as `diff -u` and `git diff` print it, so
/// that `patch -p1` or `git apply` makes them.
///
/// The diff compares the file's bytes: a line is everything up to and including its LF
/// (a CR before it is part of the line, as `diff` sees a CRLF file), and a last line
/// without one is followed by `\ No newline at end of file`. Each hunk has up to
/// ``context`` unchanged lines on each side; hunks whose context would touch are merged.
public struct UnifiedDiff: Sendable {
    /// The unchanged lines shown around each change (3, as `diff -u` and `git diff`).
    public var context: Int

    /// Creates a diff writer with `context` unchanged lines around each change.
    public init(context: Int = 3) {
        self.context = max(0, context)
    }

    /// `name` as git writes a path in a diff header: as it is, or, when it holds a control
    /// character, a double quote or a backslash, in double quotes with C escapes
    /// (`"a/new\nline.txt"`), so that a file name can never forge a header line. GNU
    /// patch and `git apply` read both.
    static func quoted(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "\\" })
        else { return name }
        var result = "\""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\" + String(scalar.value, radix: 8).leftPadded(to: 3)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The diff from `bytes` to `bytes` with `edits` applied (UTF-8 offsets into `bytes`,
    /// `nil` ones skipped, not overlapping, as ``Alignment/edits`` gives them), headed
    /// `--- a/PATH` and `+++ b/PATH`; empty when nothing changes.
    ///
    /// - Parameters:
    ///   - path: the file's path as the diff names it (a leading `./` is dropped).
    ///   - bytes: the file as read.
    ///   - edits: the changes to make.
    /// - Complexity: O(*n* + *m*) in the file's length and the number of edits.
    public func diff(path: String, bytes: [UInt8], edits: [TextEdit?]) -> [UInt8] {
        let lines = Self.lines(of: bytes[...])
        let changes = self.changes(in: bytes, lines: lines, edits: edits)
        guard !changes.isEmpty else { return [] }
        let name = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        var output = Array("--- \(Self.quoted("a/" + name))\n+++ \(Self.quoted("b/" + name))\n".utf8)
        var delta = 0
        var next = 0
        while next < changes.count {
            var last = next
            while last + 1 < changes.count,
                changes[last + 1].oldStart - (changes[last].oldStart + changes[last].old.count) <= 2 * context
            {
                last += 1
            }
            let from = max(0, changes[next].oldStart - context)
            let to = min(lines.count, changes[last].oldStart + changes[last].old.count + context)
            let hunkDelta = changes[next...last].reduce(0) { $0 + $1.new.count - $1.old.count }
            let oldCount = to - from
            output += Array(
                "@@ -\(Self.range(from, oldCount)) +\(Self.range(from + delta, oldCount + hunkDelta)) @@\n".utf8)
            var line = from
            for change in changes[next...last] {
                for index in line..<change.oldStart { Self.append(" ", bytes[lines[index]], to: &output) }
                for old in change.old { Self.append("-", old, to: &output) }
                for new in change.new { Self.append("+", new, to: &output) }
                line = change.oldStart + change.old.count
            }
            for index in line..<to { Self.append(" ", bytes[lines[index]], to: &output) }
            delta += hunkDelta
            next = last + 1
        }
        return output
    }

    /// One changed run of lines: `old` from line index `oldStart` (0-based) replaced by `new`.
    struct Change {
        var oldStart: Int
        var old: [ArraySlice<UInt8>]
        var new: [ArraySlice<UInt8>]
    }

    /// The edits as runs of whole lines, in order, lines they leave as they were trimmed.
    func changes(in bytes: [UInt8], lines: [Range<Int>], edits: [TextEdit?]) -> [Change] {
        let ordered = edits.compactMap { $0 }.filter { bytes[$0.byteRange].elementsEqual($0.replacement) == false }
            .sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        // An empty file has no finding, so no edit.
        guard !ordered.isEmpty, !lines.isEmpty else { return [] }
        let starts = lines.map(\.lowerBound)
        func line(of offset: Int) -> Int {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
        // Edits grouped by the lines they touch: (first line, last line, edits).
        var groups: [(first: Int, last: Int, edits: [TextEdit])] = []
        for edit in ordered {
            let first = line(of: edit.byteRange.lowerBound)
            let last = line(of: max(edit.byteRange.lowerBound, edit.byteRange.upperBound - 1))
            if let previous = groups.last, first <= previous.last {
                groups[groups.count - 1].last = max(previous.last, last)
                groups[groups.count - 1].edits.append(edit)
            } else {
                groups.append((first, last, [edit]))
            }
        }
        let changes: [Change] = groups.compactMap { group in
            let region = lines[group.first].lowerBound..<lines[group.last].upperBound
            var replaced: [UInt8] = []
            var position = region.lowerBound
            for edit in group.edits {
                replaced += bytes[position..<edit.byteRange.lowerBound]
                replaced += edit.replacement
                position = edit.byteRange.upperBound
            }
            replaced += bytes[position..<region.upperBound]
            var old = lines[group.first...group.last].map { bytes[$0] }
            var new = Self.lines(of: replaced[...]).map { replaced[$0] }
            var oldStart = group.first
            while let first = old.first, let firstNew = new.first, first.elementsEqual(firstNew) {
                old.removeFirst()
                new.removeFirst()
                oldStart += 1
            }
            while let last = old.last, let lastNew = new.last, last.elementsEqual(lastNew) {
                old.removeLast()
                new.removeLast()
            }
            guard !old.isEmpty || !new.isEmpty else { return nil }
            return Change(oldStart: oldStart, old: old, new: new)
        }
        // Changes on consecutive lines are one block, its old lines then its new ones, as
        // `diff -u` prints them.
        var merged: [Change] = []
        for change in changes {
            if let last = merged.last, last.oldStart + last.old.count == change.oldStart {
                merged[merged.count - 1].old += change.old
                merged[merged.count - 1].new += change.new
            } else {
                merged.append(change)
            }
        }
        return merged
    }

    /// The lines of `bytes`, each with its LF; the last without one if the text has none.
    static func lines(of bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<(index + 1))
            start = index + 1
        }
        if start < bytes.endIndex { lines.append(start..<bytes.endIndex) }
        return lines
    }

    /// A hunk's range as `diff -u` writes it: `start,count`, `start` alone for one line,
    /// and for no line the line before.
    static func range(_ from: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(from),0"
        case 1: "\(from + 1)"
        default: "\(from + 1),\(count)"
        }
    }

    static func append(_ prefix: String, _ line: ArraySlice<UInt8>, to output: inout [UInt8]) {
        output += Array(prefix.utf8)
        output += line
        if line.last != 0x0A { output += Array("\n\\ No newline at end of file\n".utf8) }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
