import EnmiendaCore

extension Fixtures {
    /// A small lexicon built in code, with no Apertium data: the regular verbs' whole
    /// conjugations (from ``RegularConjugation``), a few irregular forms of *tener*,
    /// *suponer* and *haber*, and some nouns and adjectives that share a form with a
    /// verb (*aumento*).
    package static let lexicon: SpanishLexicon = {
        var builder = LexiconBuilder()
        let regular = [
            "tomar", "asumir", "aplicar", "solicitar", "eliminar", "suprimir", "celebrar", "aumentar", "incrementar",
            "desempeñar", "realizar", "publicar", "salvar", "guardar",
        ]
        for verb in regular {
            for (form, features) in RegularConjugation.paradigm(of: verb) {
                builder.add(form: form, lemma: verb, tags: features.tags)
            }
        }
        let irregular: [(String, String, String)] = [
            ("tener", "tener", "<vblex><inf>"), ("teniendo", "tener", "<vblex><ger>"),
            ("tenido", "tener", "<vblex><pp><m><sg>"), ("tiene", "tener", "<vblex><pri><p3><sg>"),
            ("tienen", "tener", "<vblex><pri><p3><pl>"), ("tuvo", "tener", "<vblex><ifi><p3><sg>"),
            ("tuvieron", "tener", "<vblex><ifi><p3><pl>"), ("tendrá", "tener", "<vblex><fti><p3><sg>"),
            ("tuviera", "tener", "<vblex><pis><p3><sg>"), ("tuviese", "tener", "<vblex><pis><p3><sg>"),
            ("tengo", "tener", "<vblex><pri><p1><sg>"),
            ("suponer", "suponer", "<vblex><inf>"), ("suponiendo", "suponer", "<vblex><ger>"),
            ("supuesto", "suponer", "<vblex><pp><m><sg>"), ("supuso", "suponer", "<vblex><ifi><p3><sg>"),
            ("supusieron", "suponer", "<vblex><ifi><p3><pl>"), ("supongan", "suponer", "<vblex><prs><p3><pl>"),
            ("supone", "suponer", "<vblex><pri><p3><sg>"), ("supondría", "suponer", "<vblex><cni><p3><sg>"),
            ("supongo", "suponer", "<vblex><pri><p1><sg>"),
            ("haber", "haber", "<vbhaver><inf>"), ("habiendo", "haber", "<vbhaver><ger>"),
            ("ha", "haber", "<vbhaver><pri><p3><sg>"), ("han", "haber", "<vbhaver><pri><p3><pl>"),
            ("había", "haber", "<vbhaver><pii><p3><sg>"), ("habían", "haber", "<vbhaver><pii><p3><pl>"),
            ("aumento", "aumento", "<n><m><sg>"), ("aumentos", "aumento", "<n><m><pl>"),
            ("público", "público", "<adj><m><sg>"), ("público", "público", "<n><m><sg>"),
            ("un", "uno", "<det><ind><m><sg>"), ("el", "el", "<det><def><m><sg>"),
            ("sitio", "sitio", "<n><m><sg>"), ("sitios", "sitio", "<n><m><pl>"),
            ("correo", "correo", "<n><m><sg>"), ("correos", "correo", "<n><m><pl>"),
            ("basura", "basura", "<n><f><sg>"), ("basuras", "basura", "<n><f><pl>"),
            ("deseado", "desear", "<vblex><pp><m><sg>"), ("deseados", "desear", "<vblex><pp><m><pl>"),
            ("no", "no", "<adv>"), ("salvo", "salvo", "<pr>"), ("lugar", "lugar", "<n><m><sg>"),
            ("lugares", "lugar", "<n><m><pl>"),
            ("régimen", "régimen", "<n><m><sg>"), ("regímenes", "régimen", "<n><m><pl>"),
        ]
        for (form, lemma, tags) in irregular { builder.add(form: form, lemma: lemma, tags: tags) }
        do {
            return try SpanishLexicon(image: LexiconImage(builder.build(source: "test fixture")))
        } catch {
            preconditionFailure("the fixture lexicon does not read: \(error)")
        }
    }()

    /// An aligner over `entries` with the fixture lexicon's morphology.
    package static func lexicalAligner(_ entries: [GlossaryEntry]) throws -> Aligner {
        Aligner(
            glossary: try Glossary(entries: entries),
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: lexicon), concurrency: 1))
    }
}
