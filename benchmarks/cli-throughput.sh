#!/usr/bin/env bash
# CLI `advise --jsonl` throughput: COUNT situations drawn from the standard space (fixed seed)
# through the fat jar, end to end, against its start-up (the same command answering one line).
# Prints wall-clock and CPU (user+sys, all JVM threads) medians and the per-situation figures.
# Usage (from anywhere, after `mvn -B -q package -DskipTests`):
#   benchmarks/cli-throughput.sh [COUNT] [RUNS] [java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
RUNS=${2:-5}
shift $(( $# > 2 ? 2 : $# )) || true
CLI=examples/cli/target/safeplan-cli.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -cp benchmarks/target/benchmarks.jar org.safeplan.bench.WriteJsonl "$WORK/in.jsonl" "$COUNT" >/dev/null
echo '{"country":"US","immediateDanger":true}' > "$WORK/one.jsonl"

# One run: prints "wall_ms cpu_ms".
run() {
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" java "$@" -jar "$CLI" advise --jsonl < "$WORK/input" > "$WORK/out.jsonl"
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$WORK/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cp "$WORK/one.jsonl" "$WORK/input"
: > "$WORK/startup"
for i in $(seq "$RUNS"); do run "$@" >> "$WORK/startup"; done
cp "$WORK/in.jsonl" "$WORK/input"
: > "$WORK/total"
for i in $(seq "$RUNS"); do run "$@" >> "$WORK/total"; done

lines=$(wc -l < "$WORK/out.jsonl")
errors=$(grep -c '"error"' "$WORK/out.jsonl" || true)
SW=$(cut -d' ' -f1 "$WORK/startup" | median); SC=$(cut -d' ' -f2 "$WORK/startup" | median)
TW=$(cut -d' ' -f1 "$WORK/total" | median); TC=$(cut -d' ' -f2 "$WORK/total" | median)
echo "java options: ${*:-(none)}; situations: $COUNT, answered: $lines, errors: $errors; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "startup (one line)  wall ms: $(cut -d' ' -f1 "$WORK/startup" | tr '\n' ' ')-> median $SW; cpu ms median $SC"
echo "total ($COUNT lines) wall ms: $(cut -d' ' -f1 "$WORK/total" | tr '\n' ' ')-> median $TW; cpu ms median $TC"
awk -v s="$SW" -v t="$TW" -v sc="$SC" -v tc="$TC" -v n="$COUNT" 'BEGIN {
  printf "per situation, wall: (total - startup) / n = %.1f us; total / n = %.1f us\n", (t - s) * 1000 / n, t * 1000 / n
  printf "per situation, cpu:  (total - startup) / n = %.1f us; total / n = %.1f us\n", (tc - sc) * 1000 / n, tc * 1000 / n }'
