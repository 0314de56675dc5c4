/// An option that names something that is not there, found only once the glossaries are
/// loaded (`--disable` with an id no entry has): printed as one line, exit status 2, with
/// no usage text.
struct OptionError: Error, CustomStringConvertible {
    /// The message, naming the option.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
