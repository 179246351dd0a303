#!/usr/bin/env python3
"""Dyad on Apache Spark: extract a JSON Lines corpus on a cluster and merge the partial graphs.

The corpus (one document a line: {"id", "text", "date"?, "title"?, "source"?}) is split into
partitions; each partition is piped through `dyad extract --jsonl -` (RDD.pipe), which writes the
partition's graph as JSON Lines; the partial graphs are merged in a tree with `dyad merge`, keeping
partition order, and the result is written like any Dyad graph. Merging is associative, so the
graph is byte for byte the one a single `dyad extract --jsonl CORPUS` writes.

Local mode:   python3 dyad_spark.py corpus.jsonl graph.jsonl --dyad .build/release/dyad --partitions 4
On a cluster: see README.md (spark-submit, the binary and the pack shipped with the job).
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def locate(path):
    """The file a task should run: a path as given, a file shipped with --files/--archives, or a name on PATH."""
    if os.path.exists(path):
        return os.path.abspath(path)
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(path)
        if os.path.exists(shipped):
            return shipped
    except Exception:
        pass
    return shutil.which(path) or path


def merge_graphs(dyad, parts):
    """Merges partial graphs given as (order, JSON Lines text) with `dyad merge`, in order."""
    parts = sorted(parts)
    if len(parts) == 1:
        return parts[0][1]
    with tempfile.TemporaryDirectory(prefix="dyad-merge-") as folder:
        paths = []
        for number, (_, text) in enumerate(parts):
            path = os.path.join(folder, "part-%05d.jsonl" % number)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            paths.append(path)
        result = subprocess.run([locate(dyad), "merge", *paths, "-o", "-", "--format", "jsonl"],
                                capture_output=True)
        if result.returncode != 0:
            raise RuntimeError("dyad merge failed: " + result.stderr.decode("utf-8", "replace"))
        return result.stdout.decode("utf-8")


def partial_graph(index, lines):
    """The piped output of one partition as one (partition, graph text) pair."""
    yield (index, "".join(line + "\n" for line in lines))


def task_path(sc, path):
    """A path as tasks see it: in local mode tasks share the driver's files; on a cluster a relative
    path names what --files/--archives placed in each task's working directory."""
    if sc.master.startswith("local") and os.path.exists(path):
        return os.path.abspath(path)
    return path


def run(sc, corpus, output, dyad, partitions, fan_in, extract_options):
    """Extracts `corpus` with `partitions` tasks, merges in a tree of fan-in `fan_in`, writes `output`."""
    documents = sc.textFile(corpus, partitions)
    dyad = task_path(sc, dyad)
    command = shlex.join([dyad, "extract", "--jsonl", "-", "-o", "-", "--format", "jsonl", *extract_options])
    partials = documents.pipe(command, checkCode=True).mapPartitionsWithIndex(partial_graph)
    count = documents.getNumPartitions()
    level = partials
    while count > 1:
        groups = (count + fan_in - 1) // fan_in
        level = (level.map(lambda part: (part[0] // fan_in, part))
                      .groupByKey(groups)
                      .map(lambda group: (group[0], merge_graphs(dyad, list(group[1])))))
        count = groups
    graph = level.collect()[0][1]
    if output.endswith(".jsonl") or output.endswith(".ndjson") or output == "-":
        if output == "-":
            sys.stdout.write(graph)
            return
        temporary = output + ".tmp-spark"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(graph)
        os.replace(temporary, output)
    else:
        # Any other output form: let dyad write it (atomically) from the merged JSON Lines.
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
            handle.write(graph)
        try:
            subprocess.run([locate(dyad), "merge", handle.name, "-o", output], check=True)
        finally:
            os.unlink(handle.name)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus (a local path, hdfs://, s3a://, ...)")
    parser.add_argument("output", help="the graph to write on the driver (.jsonl, .json, or - for standard output)")
    parser.add_argument("--dyad", default="dyad", help="the dyad binary: a path, a file shipped with --files, or a name on PATH")
    parser.add_argument("--partitions", type=int, default=4, help="how many extraction tasks (default 4)")
    parser.add_argument("--fan-in", type=int, default=8, help="partial graphs merged by one task at each level of the tree (default 8)")
    parser.add_argument("--rules", help="a rule pack folder (shipped with --archives on a cluster)")
    parser.add_argument("--date", help="publication date of documents that state none (YYYY-MM-DD, YYYY-MM or YYYY)")
    parser.add_argument("--on-error", choices=["skip", "fail"], default="fail", help="bad corpus lines: skip or fail (default)")
    parser.add_argument("--master", default=None, help="Spark master when run with python3 (default: local[*]; spark-submit sets its own)")
    args = parser.parse_args(argv)
    if args.partitions < 1 or args.fan_in < 2:
        parser.error("--partitions must be at least 1 and --fan-in at least 2")

    from pyspark import SparkConf, SparkContext
    conf = SparkConf().setAppName("dyad-extract")
    if args.master or not conf.contains("spark.master"):
        conf.setMaster(args.master or "local[*]")
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    options = ["--on-error", args.on_error]
    if args.rules:
        options += ["--rules", task_path(sc, args.rules)]
    if args.date:
        options += ["--date", args.date]
    try:
        run(sc, args.corpus, args.output, args.dyad, args.partitions, args.fan_in, options)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
