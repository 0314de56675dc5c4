import Enmienda
import Testing

@Suite struct FormParametersTests {
    @Test func decodesPlusAndPercentEscapes() throws {
        let form = try FormParameters(urlEncoded: Array("text=no+talleres%2C%20a%C3%B1o&language=es".utf8))
        #expect(form["text"] == "no talleres, año")
        #expect(form["language"] == "es")
        #expect(form["missing"] == nil)
    }

    @Test func keepsTheFirstValueOfARepeatedName() throws {
        let form = try FormParameters(urlEncoded: Array("a=1&a=2&b&&c=".utf8))
        #expect(form["a"] == "1")
        #expect(form["b"] == "")
        #expect(form["c"] == "")
    }

    @Test func bodyParametersComeBeforeTheQueryString() throws {
        let body = try FormParameters(urlEncoded: Array("text=cuerpo".utf8))
        let query = try FormParameters(urlEncoded: Array("text=consulta&language=es".utf8))
        let both = body.adding(query)
        #expect(both["text"] == "cuerpo")
        #expect(both["language"] == "es")
    }

    /// Every field shape decodes as a reference decoder (Python's `parse_qsl` rules, keep
    /// blank values) decodes it: `=` inside values, empty names, escapes at the ends.
    @Test func decodesEveryShapeOfField() throws {
        let cases: [(String, [(String, String)])] = [
            ("", []), ("&&", []), ("=", [("", "")]), ("a==b", [("a", "=b")]), ("%41=%42", [("A", "B")]),
            ("a=%41", [("a", "A")]), ("+=+", [(" ", " ")]), ("a&b=", [("a", ""), ("b", "")]),
            ("x=1&", [("x", "1")]), ("&x=%C3%B1", [("x", "ñ")]),
        ]
        for (encoded, expected) in cases {
            let pairs = try FormParameters(urlEncoded: Array(encoded.utf8)).pairs
            #expect(pairs.map(\.name) == expected.map(\.0), "\(encoded)")
            #expect(pairs.map(\.value) == expected.map(\.1), "\(encoded)")
        }
        // The same bytes through a collection that is not an array.
        let slice = Array("zz&text=hola".utf8)[3...]
        #expect(try FormParameters(urlEncoded: slice)["text"] == "hola")
    }

    @Test(arguments: ["text=%2", "text=%zz", "text=%FF%FE", "text=%", "%4"])
    func refusesABrokenEncoding(_ encoded: String) {
        #expect(throws: ServiceError.self) { try FormParameters(urlEncoded: Array(encoded.utf8)) }
        do {
            _ = try FormParameters(urlEncoded: Array(encoded.utf8))
        } catch {
            #expect(error.status == 400)
            #expect(error.description.hasPrefix("Error: Invalid form encoding"))
        }
    }
}
