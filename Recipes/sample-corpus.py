#!/usr/bin/env python3
"""Writes a small corpus for the batch recipes and their tests into DIR: the example article,
generated plain-text articles (some with odd characters in their names), and bilingual files
(XLIFF, PO, SRT) that `check` reads segment by segment.

    python3 Recipes/sample-corpus.py DIR [--copies N]

Every file is written anew; the articles are built from sentences with known mistranslations
(and sentences without any), so the corpus has findings of several entries and severities.
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SENTENCES = [
    "Ucrania ha criticado las demandas como no talleres.",
    "El gobierno apoya el esfuerzo de guerra del país.",
    "Los voluntarios juegan un rol clave en el proyecto.",
    "El evento tomará lugar en Madrid el próximo lunes.",
    "La reunión terminó sin acuerdo y sin fecha.",
    "Con cables de publicación",
    "Los ministros se reunieron en Bruselas durante la mañana.",
]

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="es" datatype="plaintext" original="a.txt"><body>
    <trans-unit id="1"><source>Those are non-starters.</source><target>Son no talleres.</target></trans-unit>
    <trans-unit id="2"><source>The event will take place.</source><target>El evento <g id="1">tomará</g>
      lugar.</target></trans-unit>
    <trans-unit id="3"><source>Nothing here.</source><target>Nada aquí.</target></trans-unit>
    <trans-unit id="4"><source>Volunteers play a key role.</source><target>Los voluntarios juegan un rol clave.</target></trans-unit>
  </body></file>
</xliff>
"""

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Those demands are non-starters."
msgstr "Esas demandas son no talleres."

msgid "Good morning."
msgstr "Buenos días."

msgid "It will take place tomorrow."
msgstr "Tomará lugar mañana."
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Las demandas son no talleres.

2
00:00:04,000 --> 00:00:06,000
<i>Hasta mañana.</i>

3
00:00:07,000 --> 00:00:09,000
Apoyan el esfuerzo de guerra.
"""


def article(seed: int) -> str:
    lines = []
    for index in range(6):
        lines.append(SENTENCES[(seed * 3 + index * 5) % len(SENTENCES)])
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--copies", type=int, default=6, help="generated plain-text articles (default 6)")
    arguments = parser.parse_args()
    root = arguments.directory
    os.makedirs(os.path.join(root, "texts"), exist_ok=True)
    os.makedirs(os.path.join(root, "bilingual"), exist_ok=True)
    shutil.copyfile(os.path.join(HERE, "..", "examples", "kim-lavrov.es.txt"), os.path.join(root, "kim-lavrov.es.txt"))
    names = ["nota {0}.txt", "nota-ñandú-{0}.txt", "it's \"quoted\" {0}.md", "nota_{0}.txt"]
    for seed in range(arguments.copies):
        name = names[seed % len(names)].format(seed)
        with open(os.path.join(root, "texts", name), "w", encoding="utf-8") as file:
            file.write(article(seed))
    for name, text in (("news.xlf", XLIFF), ("catalogue.po", PO), ("film.srt", SRT)):
        with open(os.path.join(root, "bilingual", name), "w", encoding="utf-8") as file:
            file.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
