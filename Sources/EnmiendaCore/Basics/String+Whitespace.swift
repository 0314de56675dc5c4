extension String {
    /// The string with leading and trailing whitespace removed and every inner run of
    /// whitespace (spaces, tabs, line breaks) replaced by one space.
    package func collapsingWhitespace() -> String {
        // Most glossary text is already tidy: single ASCII spaces between words.
        let bytes = utf8
        var previousWasSpace = true
        var tidy = true
        for byte in bytes {
            if byte >= 0x80 || (byte < 0x20) { tidy = false; break }
            if byte == 0x20 {
                if previousWasSpace { tidy = false; break }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        if tidy && !previousWasSpace { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
