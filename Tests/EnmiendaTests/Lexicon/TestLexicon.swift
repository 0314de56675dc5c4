import Foundation

@testable import Enmienda
@testable import EnmiendaCore

/// The lexicon compiled from the installed apertium-spa-cat, once per test process, in a
/// cache directory of the tests (kept between runs, so only the first run compiles), the
/// one the CLI tests give the binary.
enum TestLexicon {
    static let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "enmienda-test-lexicon-home/enmienda"
    ).path

    static let loaded: LexiconCache.Loaded = LexiconCache(directory: directory).load { _ in }
}
