import Foundation
import Testing

@Suite struct JSONFormatTests {
    /// Text with accents and a character outside the BMP before the match, so UTF-16,
    /// code-point and byte offsets all differ.
    static let text = "Ñandú 🙂 «dijo»: son no talleres."

    private func firstMatch() throws -> (document: [String: Any], match: [String: Any]) {
        let result = try CLIRunner.run(["check", "--format", "json", "-"], input: Array(Self.text.utf8))
        #expect(result.status == 1)
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        // One article: the LanguageTool response is the whole output.
        let document = root
        let match = try #require((document["matches"] as? [[String: Any]])?.first)
        return (document, match)
    }

    @Test func offsetsCountUTF16UnitsLikeLanguageTool() throws {
        let match = try firstMatch().match
        let prefix = try #require(Self.text.range(of: "no talleres")).lowerBound
        #expect(match["offset"] as? Int == Self.text[..<prefix].utf16.count)
        #expect(match["length"] as? Int == 11)
        #expect(match["codePointOffset"] as? Int == Self.text[..<prefix].unicodeScalars.count)
        #expect(match["byteOffset"] as? Int == Self.text[..<prefix].utf8.count)
        #expect(match["byteLength"] as? Int == 11)
        let utf16 = Array(Self.text.utf16)
        let offset = try #require(match["offset"] as? Int)
        #expect(String(decoding: utf16[offset..<offset + 11], as: UTF16.self) == "no talleres")
    }

    /// A client that applies each match's first replacement at its offset writes what
    /// `fix` writes, line breaks included, also where the correction rewrites the words
    /// that agree with it around a line break (the replacement once put the break after
    /// the verb, `fix` after the noun). (A line break that needs the space beside the match,
    /// as in *Son no⏎talleres*, cannot be written by a replacement of the match alone.)
    @Test(arguments: [
        "Las rondas de\nmuniciones fueron enviadas.\n", "Las rondas\nde municiones fueron\nenviadas.\n",
        "Las rondas de municiones\nfueron enviadas y almacenadas.\n", "El acto tomará\nlugar mañana.\n",
    ])
    func theFirstReplacementsApplyToWhatFixWrites(_ text: String) throws {
        let json = try CLIRunner.run(["check", "--format", "json", "-"], input: Array(text.utf8))
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let matches = try #require(root["matches"] as? [[String: Any]])
        #expect(!matches.isEmpty)
        var utf16 = Array(text.utf16)
        for match in matches.reversed() {
            let offset = try #require(match["offset"] as? Int)
            let length = try #require(match["length"] as? Int)
            let value = try #require((match["replacements"] as? [[String: Any]])?.first?["value"] as? String)
            utf16.replaceSubrange(offset..<offset + length, with: Array(value.utf16))
        }
        let fixed = try CLIRunner.run(["fix", "-", "-o", "-"], input: Array(text.utf8))
        #expect(String(decoding: utf16, as: UTF16.self) == fixed.standardOutput)
    }

    /// The keys LanguageTool's `/v2/check` response documents, checked one by one.
    @Test func documentHasTheKeysOfALanguageToolResponse() throws {
        let (document, match) = try firstMatch()
        let software = try #require(document["software"] as? [String: Any])
        for key in ["name", "version", "buildDate", "apiVersion", "premium", "status"] {
            #expect(software[key] != nil, "software.\(key)")
        }
        #expect((document["warnings"] as? [String: Any])?["incompleteResults"] as? Bool == false)
        let language = try #require(document["language"] as? [String: Any])
        for key in ["name", "code", "detectedLanguage"] { #expect(language[key] != nil, "language.\(key)") }
        for key in [
            "message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule",
            "ignoreForIncompleteSentence", "contextForSureMatch",
        ] {
            #expect(match[key] != nil, "match.\(key)")
        }
        #expect(match["offset"] is Int && match["length"] is Int)
        let rule = try #require(match["rule"] as? [String: Any])
        for key in ["id", "description", "issueType", "category"] { #expect(rule[key] != nil, "rule.\(key)") }
    }

    @Test func matchHasLanguageToolFields() throws {
        let (document, match) = try firstMatch()
        #expect((document["software"] as? [String: Any])?["name"] as? String == "Enmienda")
        #expect((document["language"] as? [String: Any])?["code"] as? String == "es")
        #expect((match["message"] as? String)?.hasPrefix("“no talleres” mistranslates “non-starters”") == true)
        #expect(match["shortMessage"] as? String == "Mistranslation")
        #expect(
            (match["replacements"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == [
                "inviables", "inaceptables",
            ])
        #expect(match["sentence"] as? String == Self.text)
        let context = try #require(match["context"] as? [String: Any])
        let contextText = Array(try #require(context["text"] as? String).utf16)
        let offset = try #require(context["offset"] as? Int)
        let length = try #require(context["length"] as? Int)
        #expect(String(decoding: contextText[offset..<offset + length], as: UTF16.self) == "no talleres")
        let rule = try #require(match["rule"] as? [String: Any])
        #expect(rule["id"] as? String == "non-starters")
        #expect(rule["issueType"] as? String == "mistranslation")
        #expect((rule["category"] as? [String: Any])?["id"] as? String == "MISTRANSLATION")
        #expect((match["type"] as? [String: Any])?["typeName"] as? String == "Other")
        #expect(match["entryId"] as? String == "non-starters")
        #expect(match["severity"] as? String == "major")
        #expect(match["sourceTerms"] as? [String] == ["non-starters"])
        #expect(match["correctedSentence"] as? String == "Ñandú 🙂 «dijo»: son inviables.")
        #expect((match["fingerprint"] as? String)?.count == 16)
    }

    @Test func summaryCarriesCountsAndTheQualityScore() throws {
        let enmienda = try #require(try firstMatch().document["enmienda"] as? [String: Any])
        #expect(enmienda["path"] as? String == "-")
        let summary = try #require(enmienda["summary"] as? [String: Any])
        #expect(summary["findings"] as? Int == 1)
        #expect((summary["bySeverity"] as? [String: Int])?["major"] == 1)
        #expect((summary["byCategory"] as? [String: Int])?["mistranslation"] == 1)
        let mqm = try #require(summary["mqm"] as? [String: Any])
        // 1 major finding (5 points) in 5 words (the emoji is not a word): 1,000 per 1,000 words.
        #expect(mqm["penaltyPerThousandWords"] as? Double == 1000)
        #expect(mqm["score"] as? Double == -900)
    }
}

@Suite struct SARIFFormatTests {
    @Test func exampleReportValidatesAgainstTheOfficialSchema() throws {
        let result = try CLIRunner.run(["check", "--format", "sarif", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        let schema = CLIRunner.packageRoot.appendingPathComponent(".build/test-data/sarif-schema-2.1.0.json")
        try #require(
            FileManager.default.fileExists(atPath: schema.path),
            "run `bash .ci/setup tests` to fetch the SARIF 2.1.0 schema")
        let report = try CLIRunner.temporaryDirectory().appendingPathComponent("report.sarif")
        try Data(result.standardOutput.utf8).write(to: report)
        let validator = Process()
        validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validator.arguments = [
            "python3", "-c",
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
            for error in errors[:5]: print(error.message, list(error.path), file=sys.stderr)
            sys.exit(1 if errors else 0)
            """,
            schema.path, report.path,
        ]
        let errors = Pipe()
        validator.standardError = errors
        try validator.run()
        validator.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(validator.terminationStatus == 0, "SARIF schema violations: \(message)")
    }

    @Test func resultsPointIntoTheRepositoryWithFixes() throws {
        let result = try CLIRunner.run(["check", "--format", "sarif", "examples/kim-lavrov.es.txt"])
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "non-starters" })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 22)
        let nonStarters = try #require(results.first { $0["ruleId"] as? String == "non-starters" })
        #expect(nonStarters["level"] as? String == "warning")
        #expect(rules[try #require(nonStarters["ruleIndex"] as? Int)]["id"] as? String == "non-starters")
        let location = try #require(
            (nonStarters["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "examples/kim-lavrov.es.txt")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5)
        #expect(region["startColumn"] as? Int == 40)
        #expect(region["endColumn"] as? Int == 51)
        #expect((nonStarters["partialFingerprints"] as? [String: String])?["enmiendaFinding/v1"]?.count == 16)
        let fix = try #require((nonStarters["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "inviables")
    }
}

@Suite struct TextOptionsTests {
    @Test func summaryPrintsOnlyTheClosingLines() throws {
        let result = try CLIRunner.run(["check", "--summary", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        #expect(
            result.standardOutput
                == "22 findings (11 major, 11 minor) in 1 file, 456 words checked\nquality: MQM score -44.7 (penalty 144.7 per 1,000 words)\n"
        )
    }

    @Test func quietPrintsNothingButKeepsTheExitStatus() throws {
        let result = try CLIRunner.run(["check", "--quiet", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(try CLIRunner.run(["check", "--quiet", "-"], input: Array("bien".utf8)).status == 0)
    }

    @Test func maxFindingsCutsTheListAndSaysSo() throws {
        let result = try CLIRunner.run(["check", "--max-findings", "2", "examples/kim-lavrov.es.txt"])
        let headers = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("examples/") }
        #expect(headers.count == 2)
        #expect(result.standardOutput.contains("… 20 more findings not shown\n"))
    }

    @Test func mqmWeightsAreConfigurable() throws {
        let result = try CLIRunner.run(
            ["check", "--summary", "--mqm-weights", "minor=0,major=1", "examples/kim-lavrov.es.txt"])
        // 11 major findings at 1 point in 456 words: 24.1 per 1,000 words.
        #expect(result.standardOutput.hasSuffix("quality: MQM score 75.9 (penalty 24.1 per 1,000 words)\n"))
        #expect(try CLIRunner.run(["check", "--mqm-weights", "huge=3", "examples"]).status == 2)
    }
}
