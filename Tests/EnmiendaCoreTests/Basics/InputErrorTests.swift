import EnmiendaCore
import Testing

/// An error says what failed through its kind, and its messages do not depend on it.
@Suite struct InputErrorTests {
    private let here = SourceLocation(path: "a.txt", line: 2, column: 5)

    @Test func anErrorMadeWithoutAKindIsAnInputError() {
        #expect(InputError(here, "no such file").kind == .input)
        #expect(InputError([Diagnostic(location: here, message: "no such file")]).kind == .input)
    }

    @Test func theKindLeavesTheMessageAlone() {
        let plain = InputError(here, "an entry 'x' already exists")
        let clash = InputError(here, "an entry 'x' already exists", kind: .duplicateID("x"))
        #expect(clash.description == plain.description)
        #expect(clash.description == "a.txt:2:5: error: an entry 'x' already exists")
        #expect(clash != plain)
    }

    @Test func classifyingGivesAnInputErrorTheKindAndKeepsAParticularOne() throws {
        let input = InputError(here, "no such file")
        let classified = #expect(throws: InputError.self) {
            try InputError.classifying(as: .glossary) { () throws(InputError) in throw input }
        }
        #expect(classified?.kind == .glossary)
        #expect(classified?.diagnostics == input.diagnostics)
        let output = InputError(here, "cannot write: No space left on device", kind: .output)
        let kept = #expect(throws: InputError.self) {
            try InputError.classifying(as: .glossary) { () throws(InputError) in throw output }
        }
        #expect(kept == output)
        #expect(try InputError.classifying(as: .glossary) { () throws(InputError) in 7 } == 7)
    }
}
