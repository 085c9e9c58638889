#!/usr/bin/env bash
# `advise --jsonl` batches A/B in one run: COUNT situations from the standard space (fixed seed,
# WriteJsonl) through each VARIANT, a command that runs the CLI, RUNS times each, the variants taking
# turns (so the machine's drift hits them alike), plus each variant answering one line (its start-up).
# Prints per variant the medians of wall and CPU (user + sys, all threads), total / n and
# (total - startup) / n, the ratio of each median to the first variant's (the control), and checks
# that every variant wrote byte-identical output.
# Usage (from anywhere, after `mvn -B -q package -DskipTests`):
#   benchmarks/scripts/batch.sh COUNT RUNS 'label=command' 'label=command' ...
# e.g.
#   benchmarks/scripts/batch.sh 100000 5 'jar=java -jar examples/cli/target/safeplan-cli.jar' \
#       'launcher=examples/cli/target/safeplan'
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/scripts/compare.sh
COUNT=$1; RUNS=$2; shift 2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp benchmarks/target/benchmarks.jar org.safeplan.bench.WriteJsonl "$WORK/in.jsonl" "$COUNT" >/dev/null
echo '{"country":"US","immediateDanger":true}' > "$WORK/one.jsonl"

labels=(); commands=()
for v in "$@"; do labels+=("${v%%=*}"); commands+=("${v#*=}"); done

# One run of variant $1 on input $2: appends "wall_ms cpu_ms" to $WORK/<label>.<input>.
run() {
  local i=$1 input=$2
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" ${commands[$i]} advise --jsonl < "$WORK/$input.jsonl" \
      > "$WORK/${labels[$i]}.$input.out"
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$WORK/time" >> "$WORK/${labels[$i]}.$input"
}

for r in $(seq "$RUNS"); do
  for i in "${!labels[@]}"; do run "$i" one; run "$i" in; done
done

echo "situations: $COUNT, runs: $RUNS each, taking turns; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
control_total=""
for i in "${!labels[@]}"; do
  l=${labels[$i]}
  sw=$(cut -d' ' -f1 "$WORK/$l.one" | median); tw=$(cut -d' ' -f1 "$WORK/$l.in" | median)
  tc=$(cut -d' ' -f2 "$WORK/$l.in" | median)
  [[ -z "$control_total" ]] && control_total=$tw
  awk -v l="$l" -v s="$sw" -v t="$tw" -v c="$tc" -v n="$COUNT" -v ct="$control_total" -v all="$(cut -d' ' -f1 "$WORK/$l.in" | tr '\n' ' ')" 'BEGIN {
    printf "%-12s total %6d ms (%s) cpu %6d ms; start-up %5d ms; total/n %5.1f us; (total-startup)/n %5.1f us; total / control %.2f\n",
      l, t, all, c, s, t * 1000 / n, (t - s) * 1000 / n, t / ct }'
  if ! cmp -s "$WORK/${labels[0]}.in.out" "$WORK/$l.in.out"; then echo "OUTPUT DIFFERS: $l against ${labels[0]}"; exit 1; fi
done
echo "output byte-identical across variants ($(wc -l < "$WORK/${labels[0]}.in.out") lines)"
