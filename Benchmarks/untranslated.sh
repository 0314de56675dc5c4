#!/usr/bin/env bash
# Precision and recall of the check of words left in English, on machine translation with
# its own gold annotation: the English prose of Benchmarks/mt-recall.sh (Debian Reference
# and common man pages) is translated by Apertium eng-spa *without* -u, so that every
# word it left untranslated is marked (`*word`: unknown to its English analyser;
# `@word`: known, but not in its English–Spanish dictionary). The marks are the gold;
# the text without them is what Apertium -u writes, and what Enmienda checks, with the
# English source (`check --source`, as mt-recall.sh does) and without it.
#
#   bash Benchmarks/untranslated.sh            # the figures, and a sample to read by hand
#
# A finding is right when it covers a marked word. Recall is given over every marked
# word and over the marked words the check is meant for: lower case, five letters or
# more, ASCII letters only, standing alone (names, identifiers and short words are left
# alone by design). Writes .build/corpus-mt-gold/sample.tsv (50 findings, 50 misses,
# seeded) for a check by hand. Nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d .build/corpus-mt-es/en ] || bash Benchmarks/mt-recall.sh >/dev/null
corpus=.build/corpus-mt-gold
rm -rf "$corpus"
mkdir -p "$corpus/marked" "$corpus/es"
echo "untranslated: translating $(ls .build/corpus-mt-es/en | wc -l) documents with apertium eng-spa (marks kept)…" >&2
for file in .build/corpus-mt-es/en/*.txt; do
  apertium -f txt eng-spa < "$file" > "$corpus/marked/$(basename "$file")"
done

swift build -c release --product enmienda >&2
python3 - "$corpus" <<'PY'
import pathlib, re, sys
corpus = pathlib.Path(sys.argv[1])
mark = re.compile(r"([*@#])(\w+)")
gold = []
for marked in sorted((corpus / "marked").glob("*.txt")):
    text = marked.read_text(encoding="utf-8")
    clean, position, last = [], 0, 0
    for m in mark.finditer(text):
        clean.append(text[last:m.start()])
        position += len(text[last:m.start()].encode())
        if m.group(1) in "*@":
            gold.append((marked.name, position, m.group(2), m.group(1)))
        clean.append(m.group(2))
        position += len(m.group(2).encode())
        last = m.end()
    clean.append(text[last:])
    (corpus / "es" / marked.name).write_text("".join(clean), encoding="utf-8")
with open(corpus / "gold.tsv", "w", encoding="utf-8") as out:
    for name, offset, word, kind in gold:
        out.write(f"{name}\t{offset}\t{word}\t{kind}\n")
PY

for mode in source alone; do
  : > "$corpus/reports-$mode.txt"
  for file in "$corpus"/es/*.txt; do
    name=$(basename "$file")
    args=()
    [ "$mode" = source ] && args=(--source ".build/corpus-mt-es/en/$name")
    status=0
    .build/release/enmienda check --format xml "${args[@]}" "$file" > "$corpus/$name.$mode.xml" || status=$?
    [ "$status" -le 1 ] || { echo "untranslated: enmienda failed on $file (exit $status)" >&2; exit "$status"; }
    echo "$corpus/$name.$mode.xml" >> "$corpus/reports-$mode.txt"
  done
done

python3 - "$corpus" <<'PY'
import pathlib, random, re, sys, xml.etree.ElementTree as ET
corpus = pathlib.Path(sys.argv[1])
ns = {"c": "urn:enmienda:corrections"}
gold = {}
for line in (corpus / "gold.tsv").read_text(encoding="utf-8").splitlines():
    name, offset, word, kind = line.split("\t")
    gold[(name, int(offset))] = (word, kind)
def in_scope(name, offset, word):
    text = (corpus / "es" / name).read_bytes()
    # The second half of a word broken at a line end (`imme‐ diately`) is out of scope.
    if re.search(rb"\w(-|\xe2\x80\x90)\s+$", text[max(0, offset - 8):offset]):
        return False
    before = text[offset - 1:offset] if offset else b" "
    after = text[offset + len(word.encode()):offset + len(word.encode()) + 1]
    return (re.fullmatch(r"[a-z]{5,}", word) is not None and before in (b" ", b"\n", b"(", b"\"")
            and after in (b" ", b"\n", b".", b",", b";", b":", b")", b"\"", b""))
scope = {key for key, (word, _) in gold.items() if in_scope(key[0], key[1], word)}
words = 0
for mode in ("source", "alone"):
    findings = []
    for report in (corpus / f"reports-{mode}.txt").read_text().split():
        for document in ET.parse(report).getroot().findall("c:document", ns):
            name = pathlib.Path(document.get("path")).name
            if mode == "source":
                words += int(document.get("words"))
            for f in document.findall("c:finding", ns):
                if f.get("entry") == "untranslated-word":
                    findings.append((name, int(f.get("byte-offset")), f.find("c:matched", ns).text,
                                     " ".join(f.find("c:sentence", ns).text.split())))
    hits = [f for f in findings if (f[0], f[1]) in gold]
    found = {(f[0], f[1]) for f in hits}
    precision = len(hits) / len(findings) if findings else 0
    print(f"{mode:6s}: {len(findings)} findings, {len(hits)} on marked words: precision {precision:.1%}; "
          f"recall {len(found)}/{len(gold)} = {len(found) / max(len(gold), 1):.1%} of marked words, "
          f"{len(found & scope)}/{len(scope)} = {len(found & scope) / max(len(scope), 1):.1%} of those in scope")
    if mode == "source":
        random.seed(7)
        misses = sorted(scope - found)
        with open(corpus / "sample.tsv", "w", encoding="utf-8") as sheet:
            for f in random.sample(findings, min(50, len(findings))):
                sheet.write("\t".join(["finding", "marked" if (f[0], f[1]) in gold else "unmarked", f[0], f[2], f[3][:200]]) + "\n")
            for name, offset in random.sample(misses, min(50, len(misses))):
                sheet.write("\t".join(["miss", gold[(name, offset)][1], name, gold[(name, offset)][0], ""]) + "\n")
print(f"corpus: {len(list((corpus / 'es').glob('*.txt')))} documents, {words} words, {len(gold)} marked words "
      f"({len(scope)} in the check's scope)")
print(f"sample to check by hand: {corpus / 'sample.tsv'}")
PY
