#!/usr/bin/env python3
"""Turns files into JSON Lines records for `enmienda check --format jsonl --records -`: one line
`{"path": ..., "text": ...}` per file, written to standard output.

    python3 Recipes/to-records.py corpus/ | parallel --pipe enmienda check --format jsonl --records -
    python3 Recipes/to-records.py --list [-0] PATH...   # only the files' paths, one a line (-0: NUL)

The paths are expanded as `enmienda check PATH...` expands them: a file named is always taken
(`check` then says whether it reads it: a `notes.csv` gives its error line); a directory is
searched recursively for the files of the extensions `check` reads (.txt .text .md .markdown
.xlf .xliff .sdlxliff .mqxliff .tmx .po .pot .srt .vtt .html .htm .xhtml, in any case), names
starting with `.` skipped (files and folders), links followed (a link back to a folder being
searched is not), all sorted by path; a file reached twice is taken once, where it first comes.
`-` is standard input (the record's path is then `-`).

A path that does not exist, or a directory without any such file, stops the conversion before
anything is written, with `check`'s message (`PATH:1:1: error: ...`) and exit status 2.

A file that is not valid UTF-8 is written as it is into its record's `text` (the line is then
not valid UTF-8 either), so that `check` reports that record as not valid UTF-8 (exit status 2)
and the others are checked; as that error line cannot name the file (its path is `-`), this
script also names it on standard error, with its line in the output.
"""
import json
import os
import stat
import sys
import unicodedata

# DocumentFormat.extensions (Sources/Enmienda/Articles/DocumentFormat.swift).
EXTENSIONS = {
    "txt", "text", "md", "markdown", "xlf", "xliff", "sdlxliff", "mqxliff",
    "tmx", "po", "pot", "srt", "vtt", "html", "htm", "xhtml",
}
READS = "(.txt, .md, .xlf, .xliff, .tmx, .po, .srt, .vtt, .html)"


def is_supported(name):
    """DocumentFormat.isSupported(fileName:): the extension after the last dot, not a leading one."""
    dot = name.rfind(".")
    return dot > 0 and name[dot + 1:].lower() in EXTENSIONS


def order(path):
    # Swift compares strings by their NFC forms (Python by code points of the string as is).
    return unicodedata.normalize("NFC", path), path


def identity(status):
    return status.st_dev, status.st_ino


def search(directory, status):
    """ArticlePaths.Search: the supported files under `directory`, each file once."""
    found = []
    seen = set()
    ancestors = set()

    def walk(folder, folder_status):
        key = identity(folder_status)
        if key in ancestors:
            return
        ancestors.add(key)
        try:
            names = sorted(os.listdir(folder), key=order)
        except OSError:
            names = []
        subdirectories = []
        for name in names:
            if name.startswith("."):
                continue
            path = folder + name if folder.endswith("/") else folder + "/" + name
            try:
                entry = os.stat(path)
            except OSError:
                continue
            if stat.S_ISDIR(entry.st_mode):
                subdirectories.append((path, entry))
            elif stat.S_ISREG(entry.st_mode) and is_supported(name) and identity(entry) not in seen:
                seen.add(identity(entry))
                found.append(path)
        for path, entry in subdirectories:
            walk(path, entry)
        ancestors.discard(key)

    walk(directory, status)
    return sorted(found, key=order)


def expand(paths):
    """ArticlePaths.expand: (files, problems), problems in `check`'s words."""
    result, problems = [], []
    for path in paths:
        if path == "-":
            result.append(path)
            continue
        try:
            status = os.stat(path)
        except OSError:
            problems.append(f"{path}:1:1: error: no such file or directory")
            continue
        if not stat.S_ISDIR(status.st_mode):
            result.append(path)
            continue
        found = search(path, status)
        if not found:
            problems.append(f"{path}:1:1: error: directory has no file Enmienda reads {READS}")
        result += found
    seen, files = set(), []
    for path in result:
        if path != "-":
            try:
                key = identity(os.stat(path))
            except OSError:
                key = None
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
        files.append(path)
    return files, problems


def main() -> int:
    arguments = sys.argv[1:]
    if arguments and arguments[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    listing = separator = None
    while arguments and arguments[0] in ("--list", "-0"):
        listing = True
        separator = "\0" if arguments[0] == "-0" or separator == "\0" else "\n"
        arguments = arguments[1:]
    if arguments and arguments[0] == "--":
        arguments = arguments[1:]
    if not arguments:
        print("usage: to-records.py [--list [-0]] PATH...", file=sys.stderr)
        return 2
    files, problems = expand(arguments)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 2
    out = sys.stdout.buffer
    if listing:
        for path in files:
            out.write(os.fsencode(path) + separator.encode())
        return 0
    for number, path in enumerate(files, 1):
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as file:
                    data = file.read()
        except OSError as error:
            # The record stays, without text, to give its error line as `check` would.
            print(f"to-records: {path}: cannot be read ({error.strerror}); written as record {number} "
                  "without text, which check reports as an error", file=sys.stderr)
            out.write(json.dumps({"path": path}, ensure_ascii=False).encode() + b"\n")
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            print(f"to-records: {path}: not valid UTF-8 (byte 0x{data[error.start]:02X} at offset "
                  f"{error.start}); written as it is as record {number}, which check reports as not valid UTF-8",
                  file=sys.stderr)
            # The bytes that are not UTF-8 go back as they were (surrogateescape both ways).
            text = data.decode("utf-8", "surrogateescape")
        record = {"path": path, "text": text}
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogateescape") + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
