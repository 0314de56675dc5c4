#!/usr/bin/env python3
"""Turns files into JSON Lines records for `enmienda check --format jsonl --records -`: one line
`{"path": ..., "text": ...}` per file, directories searched recursively in name order (hidden
files skipped), written to standard output.

    python3 Recipes/to-records.py corpus/ | parallel --pipe enmienda check --format jsonl --records -

A file that is not valid UTF-8 becomes a record without text, so that `check` reports it as an
error line at its record number instead of the conversion stopping.
"""
import json
import os
import sys


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, directories, names in os.walk(path):
                directories[:] = sorted(d for d in directories if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        yield os.path.join(folder, name)
        else:
            yield path


def main() -> int:
    out = sys.stdout
    for path in files(sys.argv[1:]):
        with open(path, "rb") as file:
            data = file.read()
        try:
            record = {"path": path, "text": data.decode("utf-8")}
        except UnicodeDecodeError:
            record = {"path": path}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
