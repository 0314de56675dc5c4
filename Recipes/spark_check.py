#!/usr/bin/env python3
"""Checks documents with Spark: reads them with `binaryFiles`, turns each into a JSON Lines
record (a file that is not valid UTF-8 gives `check`'s located error line instead), pipes every partition through `enmienda check --format jsonl --records -` (RDD.pipe,
Enmienda as a stateless filter) and sums the findings by rule id and severity.

    spark-submit Recipes/spark_check.py [--enmienda PATH] [--partitions N] [--lines DIR] INPUT...
    python3 Recipes/spark_check.py ...                # with pyspark installed: local[2]

INPUT is anything `binaryFiles` reads (a directory, searched recursively, a glob, hdfs://,
s3a://...); Hadoop skips files whose names start with `_` or `.`, which `check` reads when
they have an article's extension. Paths under the current directory are written relative to
it, as `check` writes the paths it is given. The master
is Spark's configuration, not this script's: `--master local[2]` (the default when none is set),
`--master spark://host:7077`, `--master yarn`; on a cluster `enmienda` must be installed on
every worker (or give its path there with --enmienda). RDD.pipe gives the command no
environment of its own: PATH, HOME, XDG_CACHE_HOME, LANG and ENMIENDA_* are passed on from
this driver, so that `enmienda` is found and its lexicon and glossary caches are used (set
them in the workers' environment otherwise). Prints the combined counts as JSON; the exit
status follows `enmienda check`: 2 if a document was bad, else 1 with findings, else 0; 3 if
the Spark job failed or lost records (nothing is printed on standard output then).
"""
import argparse
import collections
import json
import os
import shlex
import sys

from pyspark import SparkConf, SparkContext

# Files `check` reads by extension, as in a directory search.
EXTENSIONS = {
    "txt", "text", "md", "markdown", "xlf", "xliff", "sdlxliff", "mqxliff", "tmx", "po", "pot",
    "srt", "vtt", "html", "htm", "xhtml",
}


# What the filter needs from the driver's environment (RDD.pipe passes none by itself).
FORWARDED = ("PATH", "HOME", "XDG_CACHE_HOME", "LANG", "LC_ALL")


def pipe_environment():
    return {name: value for name, value in os.environ.items() if name in FORWARDED or name.startswith("ENMIENDA_")}


def shown_path(path, directory):
    """The path as `check` writes it: without `file:`, relative to `directory` below it."""
    if path.startswith("file:"):
        path = path[len("file:"):]
        while path.startswith("//"):
            path = path[1:]
    if directory and path.startswith(directory.rstrip("/") + "/"):
        path = path[len(directory.rstrip("/")) + 1:]
    return path


def to_line(pair, directory):
    """("record", JSON record) for a UTF-8 file; ("error", `check`'s JSON error line) else."""
    path, data = pair
    path = shown_path(path, directory)
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as error:
        before = bytes(data[:error.start])
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        message = "invalid UTF-8 (byte 0x%02X)" % data[error.start]
        return ("error", json.dumps({
            "enmienda": {"path": path},
            "error": {"path": path, "line": line, "column": column, "message": message},
        }, ensure_ascii=False, separators=(",", ":"), sort_keys=True))
    return ("record", json.dumps({"path": path, "text": text}, ensure_ascii=False))


def wanted(pair):
    name = pair[0].rsplit("/", 1)[-1]
    return not name.startswith(".") and "." in name and name.rsplit(".", 1)[1].lower() in EXTENSIONS


def counts_of(line):
    """(key, count) pairs of one output line."""
    data = json.loads(line)
    where = data["enmienda"]
    if "error" in data:
        yield ("errors", 1)
        return
    if "segment" in where:
        yield ("segments", 1)
    # A bilingual document is counted at its first segment's line.
    if "segment" not in where or where["segment"]["index"] == 0:
        yield ("documents", 1)
    yield ("words", where["summary"]["words"])
    for match in data["matches"]:
        yield ("findings", 1)
        yield ("rule " + match["rule"]["id"], 1)
        yield ("severity " + match["severity"], 1)
        yield ("rule+severity " + match["rule"]["id"] + " " + match["severity"], 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--enmienda", default=os.environ.get("ENMIENDA", "enmienda"))
    parser.add_argument("--partitions", type=int, default=None, help="minimum partitions of the input")
    parser.add_argument("--lines", help="also save the JSON Lines output in this directory")
    arguments = parser.parse_args()

    conf = SparkConf().setAppName("enmienda-check").setIfMissing("spark.master", "local[2]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    # Directories are read with their subdirectories, as `enmienda check DIR` reads them.
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    documents = sc.union([sc.binaryFiles(path, minPartitions=arguments.partitions) for path in arguments.inputs])
    directory = os.getcwd()
    decoded = documents.filter(wanted).map(lambda pair: to_line(pair, directory)).cache()
    records = decoded.filter(lambda item: item[0] == "record").map(lambda item: item[1])
    unreadable = decoded.filter(lambda item: item[0] == "error").map(lambda item: item[1])
    # With checkCode, RDD.pipe fails a task whose command exits non-zero: findings (1) and bad
    # records (2, reported as error lines) are results here, so only a status above 2 fails.
    filter_command = shlex.quote(arguments.enmienda) + " check --format jsonl --records -"
    command = "/bin/sh -c " + shlex.quote(filter_command + '; s=$?; [ "$s" -le 2 ]')
    try:
        piped = records.pipe(command, env=pipe_environment(), checkCode=True).cache()
        lines = piped.union(unreadable)
        if arguments.lines:
            lines.saveAsTextFile(arguments.lines)
        inputs = records.count() + unreadable.count()
        # Every record gives at least one line, each with its record number within its partition.
        answered = piped.mapPartitions(lambda it: [len({json.loads(l)["enmienda"].get("record") for l in it})]).sum()
        answered += unreadable.count()
        totals = dict(lines.flatMap(counts_of).reduceByKey(lambda a, b: a + b).collect())
    except Exception as error:  # Py4J and PySpark raise their own kinds; all mean the job failed.
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        print(f"spark_check: the Spark job failed: {first}", file=sys.stderr)
        return 3
    finally:
        sc.stop()

    result = {
        "records": inputs, "documents": totals.get("documents", 0), "segments": totals.get("segments", 0),
        "errors": totals.get("errors", 0), "findings": totals.get("findings", 0), "words": totals.get("words", 0),
        "byRule": {}, "bySeverity": {}, "byRuleAndSeverity": {},
    }
    for key, value in totals.items():
        kind, _, name = key.partition(" ")
        if kind == "rule":
            result["byRule"][name] = value
        elif kind == "severity":
            result["bySeverity"][name] = value
        elif kind == "rule+severity":
            result["byRuleAndSeverity"][name] = value
    json.dump(result, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    if answered != inputs:
        print(f"spark_check: {inputs} records went in but {answered} came back answered", file=sys.stderr)
        return 3
    return 2 if result["errors"] else 1 if result["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
