/// Reading XML markup as bytes, without parsing it: for finding a root element's name or an
/// entry's children in a file that has already been (or is about to be) parsed for real.
extension Array where Element == UInt8 {
    /// Whether the bytes at `offset` are `prefix`'s UTF-8.
    func hasMarkup(_ prefix: String, at offset: Int) -> Bool {
        let prefix = prefix.utf8
        return offset + prefix.count <= count && self[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    /// The offset just past the first `terminator` at or after `offset`, or `count`.
    func offset(past terminator: String, from offset: Int) -> Int {
        var index = offset
        while index < count {
            if hasMarkup(terminator, at: index) { return index + terminator.utf8.count }
            index += 1
        }
        return count
    }
}
