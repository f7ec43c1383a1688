#!/usr/bin/env python3
"""claimdiff on Apache Spark: extraction as the map stage, comparison per story as the reduce.

    articles (JSON Lines, one article per line: {"id", "story", "text" | "html", ...})
      -> RDD.pipe(claimdiff claims --format jsonl -)          map: a digest line per article
      -> keyed by the digest's "story", hash-partitioned      shuffle: a story's digests meet
      -> RDD.pipe(claimdiff check --from-claims -)            reduce: a report line per story
      -> text files, one JSON report per line: {"story", ...the `check --format json` document}

The claimdiff binary must be on every worker (same version, same --rules files: each digest
carries the rule set's fingerprint and the reduce stage refuses a mix). Input lines of a story
may sit in any partitions and arrive in any order; a story's report does not depend on it.

    spark-submit examples/spark/claimdiff_job.py ARTICLES OUT_DIR --claimdiff /path/to/claimdiff
"""

import argparse
import json
import os
import shlex
from json.decoder import scanstring

from pyspark.sql import SparkSession

# The digest line's keys come in a fixed order, "story" fourth: the key is read without
# parsing the whole line (claims and evidence are most of it).
STORY = ',"story":'


def story_of(line):
    """The story key of a digest line; None for an error line (an article that could not be read)."""
    at = line.find(STORY, 0, 200)
    if at >= 0:
        return scanstring(line, at + len(STORY) + 1)[0]
    return json.loads(line).get("story")


def run(spark, articles, out, claimdiff, rules=(), partitions=None):
    """Runs both stages on the articles at `articles` (a path or glob Spark reads); writes the
    report lines to `out` and returns the number of error lines of the map stage."""
    sc = spark.sparkContext
    # The workers' Python unpickles story_of from this module: ship it to them.
    sc.addPyFile(os.path.abspath(__file__))
    partitions = partitions or sc.defaultParallelism
    rule_args = [a for r in rules for a in ("--rules", r)]
    # One thread per task: Spark runs as many tasks as the executors have cores.
    map_cmd = shlex.join([claimdiff, "claims", "--format", "jsonl", "--jobs", "1", *rule_args, "-"])
    reduce_cmd = shlex.join([claimdiff, "check", "--from-claims", "-", "--fail-on", "never", *rule_args])
    digests = sc.textFile(articles, minPartitions=partitions).pipe(map_cmd)
    keyed = digests.map(lambda line: (story_of(line), line))
    errors = sc.accumulator(0)

    def keep(pair):
        if pair[0] is None:
            errors.add(1)
            return False
        return True

    reports = keyed.filter(keep).partitionBy(partitions).values().pipe(reduce_cmd)
    reports.saveAsTextFile(out)
    return errors.value


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", help="articles as JSON Lines: a file, a directory or a glob")
    ap.add_argument("out", help="a directory (new) for the report lines")
    ap.add_argument("--claimdiff", default="claimdiff", help="the binary on every worker")
    ap.add_argument("--rules", action="append", default=[], help="extra rule files (on every worker)")
    ap.add_argument("--partitions", type=int, help="partitions of each stage [Spark's default parallelism]")
    ap.add_argument("--master", help="e.g. local[2]; spark-submit sets it otherwise")
    args = ap.parse_args()
    builder = SparkSession.builder.appName("claimdiff")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        errors = run(spark, args.articles, args.out, args.claimdiff, args.rules, args.partitions)
    finally:
        spark.stop()
    if errors:
        print(f"claimdiff_job: {errors} article lines could not be read (see the map stage's error lines)")


if __name__ == "__main__":
    main()
