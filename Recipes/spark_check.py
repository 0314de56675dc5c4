#!/usr/bin/env python3
"""Checks documents with Spark: reads them with `wholeTextFiles`, turns each into a JSON Lines
record, pipes every partition through `enmienda check --format jsonl --records -` (RDD.pipe,
Enmienda as a stateless filter) and sums the findings by rule id and severity.

    spark-submit Recipes/spark_check.py [--enmienda PATH] [--partitions N] [--lines DIR] INPUT...
    python3 Recipes/spark_check.py ...                # with pyspark installed: local[2]

INPUT is anything `wholeTextFiles` reads (a directory, searched recursively, a glob, hdfs://,
s3a://...). The master
is Spark's configuration, not this script's: `--master local[2]` (the default when none is set),
`--master spark://host:7077`, `--master yarn`; on a cluster `enmienda` must be installed on
every worker (or give its path there with --enmienda). Prints the combined counts as JSON; the
exit status follows `enmienda check`: 2 if a record was bad, else 1 with findings, else 0.
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


def to_record(pair):
    path, text = pair
    if path.startswith("file:"):
        path = path[len("file:"):]
    return json.dumps({"path": path, "text": text}, ensure_ascii=False)


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
    documents = sc.union([sc.wholeTextFiles(path, minPartitions=arguments.partitions) for path in arguments.inputs])
    records = documents.filter(wanted).map(to_record)
    # With checkCode, RDD.pipe fails a task whose command exits non-zero: findings (1) and bad
    # records (2, reported as error lines) are results here, so only a status above 2 fails.
    filter_command = shlex.quote(arguments.enmienda) + " check --format jsonl --records -"
    command = "/bin/sh -c " + shlex.quote(filter_command + '; s=$?; [ "$s" -le 2 ]')
    lines = records.pipe(command, checkCode=True).cache()
    if arguments.lines:
        lines.saveAsTextFile(arguments.lines)
    inputs = records.count()
    # Every record gives at least one line, each with its record number within its partition.
    answered = lines.mapPartitions(lambda it: [len({json.loads(l)["enmienda"].get("record") for l in it})]).sum()
    totals = dict(lines.flatMap(counts_of).reduceByKey(lambda a, b: a + b).collect())
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
