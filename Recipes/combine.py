#!/usr/bin/env python3
"""Sums the lines of `enmienda check --format jsonl` (from any number of workers, in any order):
findings by rule id, by severity and by both, documents, segments and error lines. Reads the
files given, or standard input; prints one JSON object (keys sorted).

    ... | python3 Recipes/combine.py [--status] [FILE...]
    python3 Recipes/combine.py --json REPORT.json     # the same counts from a --format json report

With --status the exit status follows `enmienda check`'s rules over the whole batch: 2 if a line
is an error, else 1 if there are findings, else 0.
"""
import argparse
import collections
import json
import sys


def count_matches(counts, matches):
    for match in matches:
        rule = match["rule"]["id"]
        severity = match["severity"]
        counts["findings"] += 1
        counts["byRule"][rule] += 1
        counts["bySeverity"][severity] += 1
        counts["byRuleAndSeverity"][rule + " " + severity] += 1


def new_counts():
    return {
        "lines": 0, "documents": 0, "segments": 0, "errors": 0, "findings": 0, "words": 0,
        "byRule": collections.Counter(), "bySeverity": collections.Counter(),
        "byRuleAndSeverity": collections.Counter(),
    }


def from_lines(streams):
    counts = new_counts()
    for stream in streams:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            line = json.loads(raw)
            counts["lines"] += 1
            where = line["enmienda"]
            if "error" in line:
                counts["errors"] += 1
                continue
            # A bilingual document is counted at its first segment's line.
            if "segment" in where:
                counts["segments"] += 1
                if where["segment"]["index"] == 0:
                    counts["documents"] += 1
            else:
                counts["documents"] += 1
            counts["words"] += where["summary"]["words"]
            count_matches(counts, line["matches"])
    return counts


def from_report(path):
    counts = new_counts()
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    documents = report["documents"] if "documents" in report else [report]
    for document in documents:
        counts["documents"] += 1
        summary = document.get("summary") or document["enmienda"]["summary"]
        counts["words"] += summary["words"]
        count_matches(counts, document["matches"])
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--json", metavar="REPORT", help="count a --format json report instead")
    parser.add_argument("--status", action="store_true", help="exit 2 on error lines, 1 on findings, else 0")
    arguments = parser.parse_args()
    if arguments.json:
        counts = from_report(arguments.json)
    elif arguments.files:
        streams = [open(name, encoding="utf-8") for name in arguments.files]
        counts = from_lines(streams)
    else:
        counts = from_lines([sys.stdin])
    json.dump(counts, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    if not arguments.status:
        return 0
    return 2 if counts["errors"] else 1 if counts["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
