import Testing

@testable import EnmiendaCore

@Suite struct SpanishRulesTests {
    let rules = SpanishRules()

    @Test(arguments: [
        ("ronda", "rondas"), ("taller", "talleres"), ("munición", "municiones"), ("inglés", "ingleses"),
        ("luz", "luces"), ("joven", "jóvenes"), ("examen", "exámenes"), ("tren", "trenes"), ("militar", "militares"),
        ("proyectil", "proyectiles"), ("ciudad", "ciudades"), ("ley", "leyes"), ("mamá", "mamás"),
        ("alemán", "alemanes"), ("inviable", "inviables"), ("calle", "calles"), ("viaje", "viajes"),
        ("padre", "padres"), ("clase", "clases"), ("mes", "meses"), ("autobús", "autobuses"), ("raíz", "raíces"),
        ("imagen", "imágenes"), ("nación", "naciones"), ("grande", "grandes"), ("verde", "verdes"),
    ])
    func pluralAndSingularAreInverse(_ singular: String, _ plural: String) {
        #expect(rules.inflect(singular, to: .plural) == plural)
        #expect(rules.inflect(plural, to: .singular) == singular)
    }

    @Test(arguments: ["crisis", "análisis", "lunes"])
    func invariableWordsDoNotChange(_ word: String) {
        #expect(rules.inflect(word, to: .plural) == word)
        #expect(rules.inflect(word, to: .singular) == word)
    }

    @Test func determinersAndCaseAreKept() {
        #expect(rules.inflect("Las", to: .singular) == "La")
        #expect(rules.inflect("UNOS", to: .singular) == "UNO" || rules.inflect("UNOS", to: .singular) == "UN")
        #expect(rules.inflect("Municiones", to: .singular) == "Munición")
        #expect(rules.inflect("no", to: .plural) == "no")
    }

    @Test(arguments: [
        ("proyectil", GrammaticalGender.masculine), ("ronda", .feminine), ("munición", .feminine),
        ("soldado", .masculine), ("tropa", .feminine), ("problema", .masculine), ("ciudad", .feminine),
        ("dirigentes", .masculine),
    ])
    func genderFromEndingsAndExceptions(_ noun: String, _ gender: GrammaticalGender) {
        #expect(rules.gender(of: noun) == gender)
    }

    @Test func genderOfAdjectivesAndDeterminers() {
        #expect(rules.inflect("heridas", toGender: .masculine) == "heridos")
        #expect(rules.inflect("unas", toGender: .masculine) == "unos")
        #expect(rules.inflect("La", toGender: .masculine) == "El")
        #expect(rules.inflect("militar", toGender: .feminine) == nil)
    }

    @Test(arguments: [
        ("desplegar", "desplegó", "desplegaron"), ("comer", "comió", "comieron"),
        ("construir", "construyó", "construyeron"),
        ("hacer", "hizo", "hicieron"), ("realizar", "realizó", "realizaron"), ("ver", "vio", "vieron"),
    ])
    func preterite(_ infinitive: String, _ singular: String, _ plural: String) {
        #expect(rules.preterite(of: infinitive, number: .singular) == singular)
        #expect(rules.preterite(of: infinitive, number: .plural) == plural)
    }
}
