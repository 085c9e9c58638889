#!/usr/bin/env bash
# CLI `advise --jsonl` throughput: 100,000 situations from the standard space through the fat jar,
# end to end, against the start-up cost (the same command answering one line).
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   benchmarks/cli-throughput.sh [COUNT] [RUNS] [extra java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
RUNS=${2:-3}
shift $(( $# > 2 ? 2 : $# )) || true
JAVA_OPTS=("$@")
CLI=examples/cli/target/safeplan-cli.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -cp benchmarks/target/benchmarks.jar org.safeplan.bench.WriteJsonl "$WORK/in.jsonl" "$COUNT" >/dev/null
echo '{"country":"US","immediateDanger":true}' > "$WORK/one.jsonl"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

startup=()
for i in $(seq 5); do
  t0=$(now); java "${JAVA_OPTS[@]}" -jar "$CLI" advise --jsonl < "$WORK/one.jsonl" > /dev/null; t1=$(now)
  startup+=($(( (t1 - t0) / 1000000 )))
done
total=()
for i in $(seq "$RUNS"); do
  t0=$(now); java "${JAVA_OPTS[@]}" -jar "$CLI" advise --jsonl < "$WORK/in.jsonl" > "$WORK/out.jsonl"; t1=$(now)
  total+=($(( (t1 - t0) / 1000000 )))
done
lines=$(wc -l < "$WORK/out.jsonl")
errors=$(grep -c '"error"' "$WORK/out.jsonl" || true)
S=$(printf '%s\n' "${startup[@]}" | median)
T=$(printf '%s\n' "${total[@]}" | median)
echo "situations: $COUNT, answered: $lines, errors: $errors; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "startup (one line), ms: ${startup[*]} -> median $S"
echo "total ($COUNT lines), ms: ${total[*]} -> median $T"
awk -v s="$S" -v t="$T" -v n="$COUNT" 'BEGIN {
  printf "per situation: (total - startup) / n = %.2f us; total / n = %.2f us\n", (t - s) * 1000 / n, t * 1000 / n }'
