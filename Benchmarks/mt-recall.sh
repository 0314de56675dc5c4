#!/usr/bin/env bash
# Recall on machine translation that none of us wrote: translates English prose that
# Debian ships (Debian Reference and the English man pages of common commands) with
# Debian's rule-based translator, Apertium (eng-spa), lints every translation with the
# built-in glossary and its English original (`check --source`), and prints the
# findings per entry plus a review sheet to read by hand.
#
#   bash Benchmarks/mt-recall.sh            # all of it
#   SAMPLE=60 bash Benchmarks/mt-recall.sh  # the findings of a 60-document sample
#
# The review sheet (.build/corpus-mt-es/review.tsv) has one finding per line: document,
# line, entry, matched text, top suggestion, Spanish sentence. Nothing here is committed:
# the corpus is built from installed packages each time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup

source Benchmarks/install-packages.sh
install_packages mt-recall apertium apertium-eng-spa debian-reference-en groff-base bsdextrautils man-db

corpus=.build/corpus-mt-es
rm -rf "$corpus"
mkdir -p "$corpus/en" "$corpus/es"

# English prose: Debian Reference (HTML to text, one paragraph per block) and the man
# pages of commands every system has.
python3 - "$corpus/en" <<'PY'
import html.parser, pathlib, sys
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "pre", "code", "table"): self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "dt", "dd"): self.parts.append("\n\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "pre", "code", "table"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.parts.append(" ".join(data.split()) + " ")
for page in sorted(pathlib.Path("/usr/share/doc/debian-reference-en/docs").glob("*.en.html")):
    parser = Text(); parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    text = "\n\n".join(p.strip() for p in "".join(parser.parts).split("\n\n") if len(p.split()) >= 6)
    (pathlib.Path(sys.argv[1]) / f"reference-{page.stem.split('.')[0]}.txt").write_text(text + "\n", encoding="utf-8")
PY
for page in /usr/share/man/man1/{ls,cp,mv,rm,tar,find,grep,sed,bash,ssh,git,man,apt,dpkg,sort,less,chmod,chown,ps,top}.1.gz \
            /usr/share/man/man8/{apt-get,dpkg-reconfigure,useradd,mount}.8.gz; do
  [ -f "$page" ] || continue
  name=$(basename "$page" .gz)
  zcat "$page" | groff -k -man -Tutf8 -P-cbou 2>/dev/null | col -bx \
    | python3 -c 'import sys
text = sys.stdin.read()
blocks = [" ".join(b.split()) for b in text.split("\n\n")]
print("\n\n".join(b for b in blocks if len(b.split()) >= 6 and not b.startswith("-")))' > "$corpus/en/man-$name.txt" || true
done

echo "mt-recall: translating $(ls "$corpus/en" | wc -l) documents with apertium eng-spa…" >&2
for file in "$corpus"/en/*.txt; do
  apertium -u -f txt eng-spa < "$file" > "$corpus/es/$(basename "$file")"
done

swift build -c release --product enmienda >&2
documents=("$corpus"/es/*.txt)
if [ -n "${SAMPLE:-}" ]; then
  mapfile -t documents < <(printf '%s\n' "${documents[@]}" | python3 -c "import random, sys; lines = sys.stdin.read().split(); random.Random(7).shuffle(lines); print('\n'.join(sorted(lines[:$SAMPLE])))")
fi
: > "$corpus/reports.txt"
for file in "${documents[@]}"; do
  name=$(basename "$file")
  status=0
  # Glossary findings only: words left in English have their own benchmark, untranslated.sh.
  .build/release/enmienda check --no-untranslated --format xml --source "$corpus/en/$name" "$file" > "$corpus/$name.xml" || status=$?
  [ "$status" -le 1 ] || { echo "mt-recall: enmienda failed on $file (exit $status)" >&2; exit "$status"; }
  echo "$corpus/$name.xml" >> "$corpus/reports.txt"
done

python3 - "$corpus" <<'PY'
import collections, pathlib, sys, xml.etree.ElementTree as ET
ns = {"c": "urn:enmienda:corrections"}
corpus = pathlib.Path(sys.argv[1])
words = 0; findings = []
for report in (corpus / "reports.txt").read_text().split():
    for document in ET.parse(report).getroot().findall("c:document", ns):
        words += int(document.get("words"))
        findings += [(document.get("path"), f) for f in document.findall("c:finding", ns)]
print(f"corpus: {len((corpus / 'reports.txt').read_text().split())} translated documents, {words} words")
print(f"findings: {len(findings)} = {len(findings) / max(words, 1) * 10000:.1f} per 10,000 words")
by_entry = collections.Counter(f.get("entry") for _, f in findings)
for entry, count in by_entry.most_common():
    print(f"  {count:5d}  {entry}")
with open(corpus / "review.tsv", "w", encoding="utf-8") as sheet:
    for path, f in findings:
        sentence = " ".join(f.find("c:sentence", ns).text.split())
        suggestion = f.find("c:suggestion", ns)
        sheet.write("\t".join([path, f.get("line"), f.get("entry"), f.find("c:matched", ns).text,
                               suggestion.text if suggestion is not None else "", sentence]) + "\n")
print(f"review sheet: {corpus / 'review.tsv'}")
# Agreement (issue 16): findings that changed words around their match (the message
# quotes the match, `matched` is the whole span) and findings left for a manual check.
def quoted(message):
    return message.split("\u201c", 1)[1].split("\u201d", 1)[0] if "\u201c" in message else ""
grown = [(p, f) for p, f in findings
         if " ".join(f.find("c:matched", ns).text.split()) != " ".join(quoted(f.find("c:message", ns).text).split())]
manual = [(p, f) for p, f in findings if f.find("c:manual-check", ns) is not None]
print(f"agreement: {len(grown)} findings changed words around their match, {len(manual)} left for a manual check")
with open(corpus / "agreement.tsv", "w", encoding="utf-8") as sheet:
    for path, f in grown:
        check = f.find("c:manual-check", ns)
        sheet.write("\t".join([path, f.get("line"), f.get("entry"), f.find("c:matched", ns).text,
                               f.find("c:suggestion", ns).text, check.text if check is not None else "",
                               " ".join(f.find("c:corrected-sentence", ns).text.split())]) + "\n")
print(f"agreement sheet: {corpus / 'agreement.tsv'}")
PY
