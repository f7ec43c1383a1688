#!/usr/bin/env bash
# The Spark job (claimdiff_job.py) on a few fixture stories in local[2]: each story's report from
# the engine must equal `claimdiff check STORY --format json` run in one process. PySpark is
# installed from PyPI into a virtual environment under target/ (520 MB: 3 minutes on a machine
# that never downloaded it, 18 s from pip's cache, nothing when the environment is there). Needs Java 17 or later and Python 3.9 or later.
#
#   examples/spark/run-test.sh [path/to/claimdiff]     (default: target/debug/claimdiff)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/debug/claimdiff}")
# Spark runs on the JVM: Debian's Java 17 when there is none (about 200 MB the first time).
if ! command -v java >/dev/null; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
venv=target/engine-venv
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'pyspark==4.3.0'
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stories=(fixtures/invented-quotes fixtures/invented-flood-toll fixtures/invented-names
         fixtures/shooting-killeen fixtures/shooting-atlanta)
python3 examples/stories_to_jsonl.py "${stories[@]}" > "$work/articles.jsonl"
# One line the map stage cannot read: it becomes an error line and is left out of the reports.
echo '{"id": "broken", "story": "nowhere"}' >> "$work/articles.jsonl"
# Spark's own logging would bury the result: warnings and worse only.
export PYSPARK_PYTHON="$venv/bin/python" SPARK_LOCAL_IP=127.0.0.1
# No __pycache__ left in the work tree.
export PYTHONDONTWRITEBYTECODE=1
"$venv/bin/python" - "$work" "$bin" <<'PY' 2> "$work/spark.log" || { tail -30 "$work/spark.log"; exit 1; }
import sys
sys.path.insert(0, "examples/spark")
from pyspark.sql import SparkSession
import claimdiff_job
work, binary = sys.argv[1], sys.argv[2]
spark = SparkSession.builder.master("local[2]").appName("claimdiff-test").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
errors = claimdiff_job.run(spark, f"{work}/articles.jsonl", f"{work}/reports", binary, partitions=3)
spark.stop()
assert errors == 1, f"one error line expected, got {errors}"
PY
"$venv/bin/python" - "$work/reports" "$bin" "${stories[@]}" <<'PY'
import glob, json, subprocess, sys
reports_dir, binary, stories = sys.argv[1], sys.argv[2], sys.argv[3:]
reports = {}
for part in sorted(glob.glob(f"{reports_dir}/part-*")):
    for line in open(part, encoding="utf-8"):
        report = json.loads(line)
        reports[report.pop("story")] = report
names = [s.rstrip("/").split("/")[-1] for s in stories]
assert sorted(reports) == sorted(names), f"stories reported: {sorted(reports)}"
for story, name in zip(stories, names):
    one = subprocess.run([binary, "check", story, "--format", "json", "--fail-on", "never"],
                         capture_output=True, text=True, check=True)
    if reports[name] != json.loads(one.stdout):
        sys.exit(f"spark: the report of {name} differs from `claimdiff check {story}`")
    print(f"spark: {name}: {len(reports[name]['facts'])} facts, as `claimdiff check` reports them")
PY
