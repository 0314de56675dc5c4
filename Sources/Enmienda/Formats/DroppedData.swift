import EnmiendaCore

/// The data of entries that CSV rows and TBX-Basic have no place for, counted, so that an
/// export can say what it leaves out.
enum DroppedData {
    /// For each kind of data that neither rows nor TBX-Basic carry (context rules,
    /// exceptions, examples, extension attributes and elements), how many entries of
    /// `glossary` have it.
    static func counts(in glossary: Glossary) -> [(String, Int)] {
        [
            ("context rules", glossary.entries.count { !$0.context.isEmpty }),
            ("exceptions", glossary.entries.count { !$0.exceptions.isEmpty }),
            ("examples", glossary.entries.count { !$0.examples.isEmpty }),
            ("extension markup", glossary.entries.count { !$0.extensionAttributes.isEmpty || !$0.extensions.isEmpty }),
        ]
    }
}
