import Enmienda

/// The number of line breaks in `bytes`: `\n`, `\r\n` and a lone `\r` count one each.
public func lineBreaks(_ bytes: [UInt8]) -> Int {
    var count = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A || byte == 0x0D {
        if byte == 0x0A, index > 0, bytes[index - 1] == 0x0D { continue }
        count += 1
    }
    return count
}

/// Checks that `alignment.correctedBytes` is the input with each finding's edit applied,
/// every byte outside the edits kept, each edit covering its finding and at most the
/// plain spaces beside it, and the number of lines unchanged.
public func checkCorrections(_ alignment: Alignment, _ bytes: [UInt8]) {
    var rebuilt: [UInt8] = []
    var position = 0
    for (finding, edit) in zip(alignment.findings, alignment.edits) {
        guard let edit else { continue }
        precondition(edit.byteRange.lowerBound >= position, "overlapping edits")
        precondition(
            edit.byteRange.lowerBound <= finding.byteRange.lowerBound
                && edit.byteRange.upperBound >= finding.byteRange.upperBound, "an edit misses its finding")
        let beside =
            bytes[edit.byteRange.lowerBound..<finding.byteRange.lowerBound]
            + bytes[finding.byteRange.upperBound..<edit.byteRange.upperBound]
        precondition(!beside.contains { $0 == 0x0A || $0 == 0x0D }, "an edit takes a line break beside its finding")
        rebuilt += bytes[position..<edit.byteRange.lowerBound]
        rebuilt += edit.replacement
        position = edit.byteRange.upperBound
    }
    rebuilt += bytes[position...]
    precondition(alignment.correctedBytes == rebuilt, "bytes outside the edits changed")
    precondition(lineBreaks(rebuilt) == lineBreaks(bytes), "the number of lines changed")
}
