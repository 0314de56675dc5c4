#!/usr/bin/env bash
# Source-conditioned findings on bitext: does an entry that needs the English source
# (`needs-source="true"`, e.g. *actualmente* for "actually") ever fire on a segment whose
# English does not say the term? The corpus is Benchmarks/mt-recall.sh's: English prose
# Debian ships (Debian Reference, man pages) translated paragraph by paragraph by Apertium
# eng-spa, so target and source have the same lines and pair line by line. Three layouts
# of the same English are checked with `check --source`:
#
#   lines      the English as translated: one paragraph per line, same line count
#   rewrapped  the English wrapped at 72 columns: line counts differ, paragraphs match,
#              sentences are paired by length (Gale–Church) inside each paragraph
#   joined     the English as one paragraph per document: sentences paired over the whole
#              text
#
# For every finding of a needs-source entry, the true English is the line-aligned
# paragraph of the Spanish line it is on; the finding is wrong when that paragraph does
# not say one of the entry's source terms (any English inflection). Nothing is committed.
#
#   bash Benchmarks/bitext.sh
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d .build/corpus-mt-es/en ] || bash Benchmarks/mt-recall.sh >/dev/null
swift build -c release --product enmienda >&2
corpus=.build/corpus-bitext
rm -rf "$corpus"
mkdir -p "$corpus/lines" "$corpus/rewrapped" "$corpus/joined"
python3 - .build/corpus-mt-es/en "$corpus" <<'PY'
import pathlib, sys, textwrap
source, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for english in sorted(source.glob("*.txt")):
    text = english.read_text(encoding="utf-8")
    (corpus / "lines" / english.name).write_text(text, encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in paragraphs) + "\n"
    (corpus / "rewrapped" / english.name).write_text(wrapped, encoding="utf-8")
    (corpus / "joined" / english.name).write_text(" ".join(" ".join(p.split()) for p in paragraphs) + "\n", encoding="utf-8")
PY
.build/release/enmienda glossary list --format tsv > "$corpus/entries.tsv" 2>/dev/null || true
for layout in lines rewrapped joined; do
  for file in .build/corpus-mt-es/es/*.txt; do
    name=$(basename "$file")
    status=0
    .build/release/enmienda check --no-untranslated --format xml --source "$corpus/$layout/$name" "$file" \
      > "$corpus/$layout/$name.xml" || status=$?
    [ "$status" -le 1 ] || { echo "bitext: enmienda failed on $file (exit $status)" >&2; exit "$status"; }
  done
done
python3 - "$corpus" <<'PY'
import pathlib, re, sys, xml.etree.ElementTree as ET
corpus = pathlib.Path(sys.argv[1])
ns = {"c": "urn:enmienda:corrections"}
gated = set()
for glossary in pathlib.Path("glossaries").glob("*.xml"):
    for entry in ET.parse(glossary).getroot().iter("{urn:enmienda:glossary}entry"):
        if entry.get("needs-source") == "true":
            gated.add(entry.get("id"))
def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())
def inflections(word):
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "ly"}
    if word.endswith("y"): forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"): forms |= {word[:-1] + "ing"}
    return forms
def says(term, english):
    term = re.sub(r"\([^)]*\)", " ", term)
    parts = words(term)
    if len(parts) > 1 and parts[0] == "to": parts = parts[1:]
    tokens = words(english)
    for start in range(len(tokens) - len(parts) + 1):
        if all(tokens[start + k] in inflections(p) for k, p in enumerate(parts)):
            return True
    return False
print(f"{'layout':10} {'gated findings':>15} {'on English without the term':>28}")
for layout in ("lines", "rewrapped", "joined"):
    total = wrong = 0
    examples = []
    for report in sorted((corpus / layout).glob("*.xml")):
        name = report.name[:-4]
        spanish_lines = (pathlib.Path(".build/corpus-mt-es/es") / name).read_text(encoding="utf-8").split("\n")
        english_lines = (pathlib.Path(".build/corpus-mt-es/en") / name).read_text(encoding="utf-8").split("\n")
        for finding in ET.parse(report).getroot().iterfind(".//c:finding", ns):
            if finding.get("entry") not in gated: continue
            total += 1
            line = int(finding.get("line")) - 1
            truth = english_lines[line] if line < len(english_lines) else ""
            terms = [s.text for s in finding.iterfind("c:source", ns)]
            if not any(says(t, truth) for t in terms):
                wrong += 1
                if len(examples) < 5: examples.append((layout, name, line + 1, finding.findtext("c:matched", namespaces=ns), terms))
    print(f"{layout:10} {total:>15} {wrong:>28}")
    for example in examples: print("   ", *example)
PY
