#!/usr/bin/env bash
# False alarms on human-written Spanish: lints Debian's Spanish man pages, fortunes and
# Debian Reference (installed here, never committed) with the built-in glossary and
# prints findings per 10,000 words with the entries that fire most. Every finding on
# this corpus is a false alarm: none of it is machine translation from English.
#
#   bash Benchmarks/false-alarms.sh            # the built-in glossary
#   bash Benchmarks/false-alarms.sh --glossary my.xml
#   bash Benchmarks/false-alarms.sh --no-untranslated   # without the check of words left in English
#
# Target (issue 3): at most 1 finding per 10,000 words.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup

source Benchmarks/install-packages.sh
install_packages false-alarms manpages-es fortunes-es debian-reference-es groff-base bsdextrautils

corpus=.build/corpus-human-es
rm -rf "$corpus"
mkdir -p "$corpus/man" "$corpus/fortunes" "$corpus/reference"

for page in /usr/share/man/es/man*/*.gz; do
  name=$(basename "$page" .gz)
  zcat "$page" | groff -k -man -Tutf8 -P-cbou 2>/dev/null | col -bx > "$corpus/man/$name.txt" || true
done
for file in /usr/share/games/fortunes/es/* /usr/share/games/fortunes/es/off/*; do
  [ -f "$file" ] || continue
  case "$file" in *.dat|*.u8) continue ;; esac
  sed "s/^%$//" "$file" > "$corpus/fortunes/$(basename "$(dirname "$file")")-$(basename "$file").txt"
done
python3 - "$corpus/reference" <<'PY'
import html.parser, pathlib, sys
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "pre", "code"): self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "td", "br", "tr"): self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "pre", "code"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)
for page in sorted(pathlib.Path("/usr/share/doc/debian-reference-es/docs").glob("*.html")):
    parser = Text(); parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    (pathlib.Path(sys.argv[1]) / (page.stem + ".txt")).write_text("".join(parser.parts), encoding="utf-8")
PY
# Drop files that are not valid UTF-8 (a few old man pages), and say how many.
dropped=0
for file in "$corpus"/*/*.txt; do
  if ! iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1; then rm "$file"; dropped=$((dropped + 1)); fi
done

swift build -c release --product enmienda >&2
status=0
.build/release/enmienda check --format xml "$@" "$corpus" > "$corpus/report.xml" || status=$?
[ "$status" -le 1 ] || { echo "false-alarms: enmienda failed (exit $status)" >&2; exit "$status"; }

python3 - "$corpus/report.xml" "$dropped" <<'PY'
import collections, sys, xml.etree.ElementTree as ET
ns = {"c": "urn:enmienda:corrections"}
root = ET.parse(sys.argv[1]).getroot()
documents = root.findall("c:document", ns)
words = sum(int(d.get("words")) for d in documents)
findings = [(d.get("path"), f) for d in documents for f in d.findall("c:finding", ns)]
rate = len(findings) / words * 10000 if words else 0
print(f"corpus: {len(documents)} files, {words} words ({sys.argv[2]} files skipped: not UTF-8)")
print(f"findings: {len(findings)} = {rate:.2f} per 10,000 words (target: <= 1.00)")
untranslated = sum(1 for _, f in findings if f.get("entry") == "untranslated-word")
print(f"  of which words left in English (untranslated-word): {untranslated} = "
      f"{untranslated / words * 10000 if words else 0:.2f} per 10,000 words (--no-untranslated leaves them out)")
by_entry = collections.defaultdict(list)
for path, finding in findings:
    by_entry[finding.get("entry")].append((path, finding))
for entry, hits in sorted(by_entry.items(), key=lambda item: -len(item[1]))[:10]:
    print(f"  {len(hits):4d}  {entry}")
    for path, finding in hits[:3]:
        sentence = " ".join(finding.find("c:sentence", ns).text.split())
        print(f"        {path}:{finding.get('line')}: {finding.find('c:matched', ns).text!r} in: {sentence[:150]}")
PY
