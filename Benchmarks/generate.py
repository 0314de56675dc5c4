#!/usr/bin/env python3
"""Deterministic inputs for Benchmarks/speed.sh, written by us, never downloaded.

    python3 Benchmarks/generate.py OUT_DIR [--megabytes 100]

writes OUT_DIR/corpus.txt (a Spanish-like news corpus: sentences drawn from a fixed
vocabulary of common Spanish words with accents, capitals, numbers and punctuation, in
paragraphs) and OUT_DIR/glossary-{300,10000,100000}.xml (each glossary contains the
smaller ones, so the same mistakes are found with all three). Some wrong forms of the
300-entry glossary are planted in the corpus, in both grammatical numbers and in any
case, so that every run locates findings and chooses suggestions, as real use does.
OUT_DIR/patterns-N.txt holds each glossary's wrong forms, one per line, for the anchors.
Everything is seeded: the same command writes the same bytes.
"""
import argparse
import pathlib
import random

WORDS = """
el la los las un una unos unas de del al a en con por para sin sobre entre hacia desde
según tras y o pero que como cuando donde porque aunque si no ya más muy también sólo
gobierno ministro ministra presidente presidenta país países ciudad capital frontera
ejército soldados tropas guerra paz acuerdo acuerdos conversaciones negociaciones
cumbre reunión visita viaje alianza cooperación economía inflación precios mercado
empresa empresas trabajadores sindicato huelga ley leyes reforma parlamento congreso
senado elecciones votación campaña partido candidato candidata votantes encuesta
tribunal juez jueza fiscal policía detenido acusado sentencia cárcel víctimas heridos
muertos ataque ataques misiles drones bombardeo ofensiva defensa seguridad amenaza
sanciones petróleo gas energía electricidad agua sequía lluvias incendio terremoto
hospital médicos salud vacuna escuela universidad estudiantes profesores cultura
museo libro película música deporte equipo partido final campeonato jugador entrenador
año años mes meses semana semanas día días hora horas mañana tarde noche lunes martes
miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
agosto septiembre octubre noviembre diciembre nuevo nueva nuevos grande grandes pequeño
importante principal último última primera primer segundo internacional nacional local
político política económico económica militar militares social sociales público pública
dijo afirmó aseguró explicó anunció declaró señaló añadió recordó advirtió pidió exigió
rechazó aprobó firmó visitó llegó salió volvió envió recibió ganó perdió subió bajó
creció cayó aumentó redujo mantiene tiene hay está están será serán fue fueron había
habían puede pueden debe deben quiere quieren según cerca lejos antes después durante
mientras todavía siempre nunca hoy ayer mañana pronto tarde aquí allí así bien mal
rusia ucrania china francia alemania españa méxico brasil argentina colombia chile perú
kiev moscú pekín parís berlín madrid washington londres bruselas ginebra
""".split()
PROPER = {"rusia", "ucrania", "china", "francia", "alemania", "españa", "méxico", "brasil", "argentina",
          "colombia", "chile", "perú", "kiev", "moscú", "pekín", "parís", "berlín", "madrid", "washington",
          "londres", "bruselas", "ginebra"}
SYLLABLES = ["ra", "de", "mu", "ni", "cio", "nes", "tal", "le", "res", "gue", "rra", "es", "fuer", "zo",
             "ta", "co", "pro", "tec", "ción", "li", "der", "az", "go", "me", "na", "ban", "da", "sol"]


VOCABULARY = set(WORDS)


def pseudo_word(rng):
    # Spanish-looking words of two to four syllables that are not in the corpus
    # vocabulary, so that only planted forms are found (and no rare first letter makes
    # the anchors' job easier than on real patterns).
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in VOCABULARY:
            return word


def glossaries(rng, sizes):
    forms, seen = [], set()
    while len(forms) < max(sizes):
        words = [pseudo_word(rng) for _ in range(rng.randint(1, 3))]
        # One entry in five joins a real function word, as real wrong forms do.
        if len(words) > 1 and rng.random() < 0.2:
            words.insert(1, rng.choice(["de", "del", "en", "con", "por"]))
        wrong = " ".join(words)
        if wrong not in seen:
            seen.add(wrong)
            forms.append(wrong)
    return forms


def write_glossary(path, forms):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<glossary xmlns="urn:enmienda:glossary" version="1">\n')
        for index, wrong in enumerate(forms):
            out.write(f'  <entry id="e{index}" category="mistranslation" severity="minor">'
                      f'<source>s{index}</source><wrong>{wrong}</wrong>'
                      f'<suggestion>sugerencia {index}</suggestion></entry>\n')
        out.write("</glossary>\n")


def plural(wrong):
    words = wrong.split(" ")
    head = words[0]
    words[0] = head + ("es" if head.endswith(("n", "l", "r", "z")) else "s") if not head.endswith("s") else head
    return " ".join(words)


def sentence(rng, planted):
    length = rng.randint(8, 24)
    words = [rng.choice(WORDS) for _ in range(length)]
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 999)}.{rng.randint(100, 999)}")
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 99)},{rng.randint(1, 9)} %")
    if rng.random() < 0.08:
        form = rng.choice(planted)
        if rng.random() < 0.5:
            form = plural(form)
        if rng.random() < 0.2:
            form = form.upper()
        words.insert(rng.randrange(len(words)), form)
    words = [w.capitalize() if w in PROPER else w for w in words]
    if rng.random() < 0.3:
        cut = rng.randrange(2, len(words))
        words[cut - 1] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261129)
    sizes = [300, 10_000, 100_000]
    forms = glossaries(rng, sizes)
    for size in sizes:
        write_glossary(out / f"glossary-{size}.xml", forms[:size])
        (out / f"patterns-{size}.txt").write_text("\n".join(forms[:size]) + "\n", encoding="utf-8")
    planted = forms[:300]
    target = args.megabytes * 1_000_000
    written = 0
    with open(out / "corpus.txt", "w", encoding="utf-8") as corpus:
        while written < target:
            paragraph = " ".join(sentence(rng, planted) for _ in range(rng.randint(2, 6))) + "\n\n"
            corpus.write(paragraph)
            written += len(paragraph.encode("utf-8"))


if __name__ == "__main__":
    main()
