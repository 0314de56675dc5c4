import Testing

@testable import Enmienda

/// The AT&T reader keeps the main section and enumerates its paths into analyses,
/// leaving out enclitics, multiword lemmas and digits, and cutting cycles.
@Suite struct ATTTransducerTests {
    /// Punctuation, then the dictionary (the section with the most arcs), then a number
    /// expression, as `lt-print` prints them.
    static let sample = """
        0\t1\t.\t.\t0.000000\t
        1\t0.000000
        --
        0\t1\tc\tc\t0.000000\t
        1\t2\ta\ta\t0.000000\t
        2\t3\ts\ts\t0.000000\t
        3\t4\ta\ta\t0.000000\t
        4\t5\tε\t<n>\t0.000000\t
        5\t6\tε\t<f>\t0.000000\t
        6\t7\tε\t<sg>\t0.000000\t
        0\t10\ta\ta\t0.000000\t
        10\t11\ts\ts\t0.000000\t
        11\t12\tu\tu\t0.000000\t
        12\t13\tm\tm\t0.000000\t
        13\t14\ti\ti\t0.000000\t
        14\t15\tó\tr\t0.000000\t
        15\t16\tε\t<vblex>\t0.000000\t
        16\t17\tε\t<ifi>\t0.000000\t
        17\t18\tε\t<p3>\t0.000000\t
        18\t7\tε\t<sg>\t0.000000\t
        13\t20\ti\ti\t0.000000\t
        20\t21\tr\tr\t0.000000\t
        21\t22\tε\t<vblex>\t0.000000\t
        22\t23\tε\t<inf>\t0.000000\t
        23\t24\tl\t+\t0.000000\t
        24\t25\to\tl\t0.000000\t
        25\t26\tε\to\t0.000000\t
        26\t7\tε\t<prn>\t0.000000\t
        0\t30\ta\ta\t0.000000\t
        30\t31\t \t \t0.000000\t
        31\t32\tp\tp\t0.000000\t
        32\t7\tε\t<pr>\t0.000000\t
        0\t40\td\td\t0.000000\t
        40\t41\ta\ta\t0.000000\t
        41\t42\tε\t<vblex>\t0.000000\t
        42\t43\tε\t#\t0.000000\t
        43\t7\tε\t<n>\t0.000000\t
        0\t50\t1\t1\t0.000000\t
        50\t7\tε\t<num>\t0.000000\t
        0\t60\tj\tj\t0.000000\t
        60\t61\ta\ta\t0.000000\t
        61\t60\tj\tj\t0.000000\t
        61\t7\tε\t<ij>\t0.000000\t
        7\t0.000000
        23\t0.000000
        --
        0\t1\t0\t0\t0.000000\t
        0\t1\t1\t1\t0.000000\t
        0\t1\t2\t2\t0.000000\t
        1\t2\tε\t<num>\t0.000000\t
        2\t0.000000

        """

    @Test func theMainSectionGivesEveryPathButEncliticsMultiwordsDigitsAndCycles() {
        let transducer = ATTTransducer(text: Array(Self.sample.utf8))
        #expect(transducer.arcCount == 40)
        let found = transducer.analyses().map { "\($0.form) \($0.lemma)\($0.tags)" }
        #expect(
            found == [
                "casa casa<n><f><sg>", "asumió asumir<vblex><ifi><p3><sg>", "asumir asumir<vblex><inf>",
                "ja ja<ij>",
            ])
    }

    @Test func aCycleIsCutAtItsBackEdge() {
        var forms: [String] = []
        ATTTransducer(text: Array(Self.sample.utf8)).forEachAnalysis { forms.append($0.form) }
        #expect(forms.contains("ja"))
        #expect(!forms.contains("jaja"))
    }

    @Test func theSectionWithTheMostArcsIsKeptWhereverItIs() {
        let text = """
            0\t1\ta\ta\t0.000000\t
            1\t2\tε\t<n>\t0.000000\t
            2\t0.000000
            --
            0\t1\tb\tb\t0.000000\t
            1\t2\te\te\t0.000000\t
            2\t3\tε\t<adj>\t0.000000\t
            3\t0.000000
            """
        let analyses = ATTTransducer(text: Array(text.utf8)).analyses()
        #expect(analyses == [ATTTransducer.Analysis(form: "be", lemma: "be", tags: "<adj>")])
    }

    @Test func carriageReturnsAndFinalStatesWithoutWeightsAreRead() {
        let text = "0\t1\tb\tb\r\n1\t2\tε\t<adj>\r\n2\r\n"
        #expect(ATTTransducer(text: Array(text.utf8)).analyses().map(\.form) == ["b"])
    }

    @Test func aPathWithoutTagsOrWithoutALemmaIsNoAnalysis() {
        let text = """
            0\t1\ta\ta\t0.000000\t
            1\t0.000000
            0\t2\tb\t<n>\t0.000000\t
            2\t0.000000
            """
        #expect(ATTTransducer(text: Array(text.utf8)).analyses().isEmpty)
    }

    @Test func textWithNoArcIsAnEmptyTransducer() {
        for text in ["", "--\n--\n", "not a transducer\n", "3\n"] {
            let transducer = ATTTransducer(text: Array(text.utf8))
            #expect(transducer.arcCount == 0)
            #expect(transducer.analyses().isEmpty)
        }
    }
}
