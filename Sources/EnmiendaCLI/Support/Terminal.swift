import Enmienda
import Foundation

/// Where the CLI writes, and whether colour is wanted there.
struct Terminal {
    static let standardOutput = Terminal(writer: .standardOutput)
    static let standardError = Terminal(writer: .standardError)

    let writer: DescriptorWriter

    /// Writes `text`, all of it.
    ///
    /// - Throws: ``WriteError`` when the descriptor refuses it (a full disk, a reader that
    ///   went away); ``EnmiendaCommand/main()`` turns it into one line and exit status 2,
    ///   or a quiet end for a broken pipe.
    func write(_ text: String) throws(WriteError) {
        try writer.write(text)
    }

    /// Writes `text` if it can: for messages on standard error, where a failure could not
    /// be reported anywhere. Control characters and line breaks inside a line are shown
    /// escaped (``TerminalText/escapedLines(_:)``): messages quote untrusted text.
    func note(_ text: String) {
        try? writer.write(TerminalText.escapedLines(text))
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    func wantsColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(writer.descriptor) == 1
        }
    }
}
