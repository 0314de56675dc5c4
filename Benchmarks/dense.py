#!/usr/bin/env python3
"""Dense-findings inputs for Benchmarks/speed.sh (issue #19): real Spanish, large glossaries.

    python3 Benchmarks/dense.py OUT_DIR --megabytes 100 TEXT_FILE...

writes, deterministically (seeded, written by us, never committed):

- OUT_DIR/dense.txt: the paragraphs of TEXT_FILEs (human Spanish and Apertium's machine
  translations), one paragraph per line with its whitespace made single spaces, shuffled
  with a fixed seed and repeated until the file holds MEGABYTES million bytes;
- OUT_DIR/dense-glossary-{300,10000,100000}.xml: entries whose `<wrong>` is one of the
  corpus's own most frequent word n-grams (one to three words), each glossary holding
  the smaller ones, every entry literal (`inflect="none"`), so that Enmienda finds what a
  plain matcher finds;
- OUT_DIR/dense-patterns-N.txt: each glossary's wrong forms folded (lower case, accents
  off but `ñ` kept), one per line, for the pyahocorasick anchor.

Phrases are taken in turns by length (MIX), most frequent first, so that findings are
dense, as on machine translation checked with a large glossary: one every 33 bytes with
100,000 phrases, 56 with 10,000, 177 with 300 (measured by speed.sh). An n-gram is left out when one of its words holds a digit or is
not made of letters, when its words are not separated by single spaces, or when the
corpus writes its folded form with other accents somewhere (*esta* and *está*: Enmienda
does not take a word the lexicon knows for another with its accents lost, so the two
counts would differ). The most frequent words (`--frequent`) never stand alone: each of
them alone would make a finding of one word in thirty or so.

Phrases overlap (*de la* and *la casa*): `resolve` counts them as Enmienda does (the
longest in words wins, then the one listed first, then the one that starts first), so
that the anchor's count and Enmienda's can be compared.
"""
import argparse
import collections
import pathlib
import random
import re
import unicodedata

# Of every 21 phrases, one of one word, five of two and fifteen of three: with more
# short phrases the 100,000-phrase glossary finds something every 13 to 30 bytes.
MIX = [1] + [3, 3, 3, 2] * 5
TOKEN = re.compile(r"[^\W_]+|\S")


def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("n\u0303", "\u00f1")
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def paragraphs(paths):
    for path in paths:
        text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
        for block in re.split(r"\n[ \t\r\f\v]*\n", text):
            words = block.split()
            if words:
                yield " ".join(words)


def ngrams(lines):
    """Counts, for each folded n-gram of one to three words, its occurrences, and the
    lower-case spellings the corpus gives it."""
    counts = collections.Counter()
    spellings = collections.defaultdict(set)
    for line in lines:
        run = []  # the words of the current run of plain words separated by one space
        previous_end = -2
        for match in TOKEN.finditer(line):
            word = match.group()
            plain = word.isalpha() and match.start() == previous_end + 1
            if not (word.isalpha()):
                run = []
                previous_end = -2
                continue
            if not plain:
                run = []
            run.append(word.lower())
            previous_end = match.end()
            for n in (1, 2, 3):
                if len(run) >= n:
                    gram = tuple(run[-n:])
                    counts[gram] += 1
                    spellings[tuple(fold(w) for w in gram)].add(gram)
    folded = collections.Counter()
    spelling = {}
    for gram, count in counts.items():
        key = tuple(fold(w) for w in gram)
        folded[key] += count
        spelling[key] = gram
    ambiguous = {key for key, forms in spellings.items() if len(forms) > 1}
    return folded, spelling, ambiguous


def choose(folded, spelling, ambiguous, total, frequent):
    """The most frequent n-grams of each length, taken in turns by MIX; the `frequent`
    most frequent words never stand alone."""
    singles = sorted(((count, key[0]) for key, count in folded.items() if len(key) == 1), key=lambda x: (-x[0], x[1]))
    not_alone = {word for _, word in singles[:frequent]}
    ambiguous_words = {key[0] for key in ambiguous if len(key) == 1}

    def fits(key):
        if key in ambiguous or any(w in ambiguous_words for w in key):
            return False
        return not (len(key) == 1 and key[0] in not_alone)

    queues = {n: iter(sorted(((count, key) for key, count in folded.items() if len(key) == n and fits(key)),
                             key=lambda item: (-item[0], item[1]))) for n in (1, 2, 3)}
    chosen = []
    turn = 0
    while len(chosen) < total and queues:
        n = MIX[turn % len(MIX)]
        turn += 1
        if n in queues:
            try:
                count, key = next(queues[n])
                chosen.append((key, spelling[key], count))
            except StopIteration:
                del queues[n]
    return chosen


def resolve(patterns, text):
    """Enmienda's findings as a plain matcher finds them: every whole-word occurrence of a
    folded pattern in folded text, then of overlapping ones the longest in words, then the
    one listed first, then the one that starts first (as Enmienda's OverlapResolver).
    Returns (occurrences, findings)."""
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for index, pattern in enumerate(patterns):
        automaton.add_word(pattern, (-(pattern.count(" ") + 1), index, len(pattern)))
    automaton.make_automaton()
    found = []
    last = len(text) - 1
    for end, (words, index, length) in automaton.iter(text):
        start = end - length + 1
        if (start == 0 or not text[start - 1].isalnum()) and (end == last or not text[end + 1].isalnum()):
            found.append((words, index, start, end + 1))
    found.sort()
    taken = bytearray(len(text) + 1)
    findings = 0
    for _, _, start, end in found:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            findings += 1
    return len(found), findings


def write_glossary(path, chosen):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<glossary xmlns="urn:enmienda:glossary" version="1">\n')
        for index, (_, gram, _) in enumerate(chosen):
            out.write(f'  <entry id="d{index}" category="mistranslation" severity="minor" inflect="none">'
                      f'<source>s{index}</source><wrong>{" ".join(gram)}</wrong>'
                      f'<suggestion>sugerencia {index}</suggestion></entry>\n')
        out.write("</glossary>\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("texts", nargs="+")
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--frequent", type=int, default=5000)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    lines = list(paragraphs(sorted(args.texts)))
    folded, spelling, ambiguous = ngrams(lines)
    sizes = [300, 10_000, 100_000]
    chosen = choose(folded, spelling, ambiguous, max(sizes), args.frequent)
    for size in sizes:
        write_glossary(out / f"dense-glossary-{size}.xml", chosen[:size])
        (out / f"dense-patterns-{size}.txt").write_text(
            "".join(" ".join(key) + "\n" for key, _, _ in chosen[:size]), encoding="utf-8")
    mix = collections.Counter(len(key) for key, _, _ in chosen)
    unique_bytes = sum(len(line.encode("utf-8")) + 1 for line in lines)
    print(f"dense: {len(lines)} paragraphs, {unique_bytes / 1e6:.1f} MB of distinct text; "
          f"{len(chosen)} phrases ({mix[1]} of one word, {mix[2]} of two, {mix[3]} of three)")
    rng = random.Random(20261130)
    target = args.megabytes * 1_000_000
    written = 0
    with open(out / "dense.txt", "w", encoding="utf-8") as corpus:
        while written < target:
            order = lines[:]
            rng.shuffle(order)
            for line in order:
                corpus.write(line + "\n")
                written += len(line.encode("utf-8")) + 1
                if written >= target:
                    break


if __name__ == "__main__":
    main()
