#!/usr/bin/env bash
# The engine's levers A/B by CPU time per call (thread CPU time, CpuTimeProbe), for a loaded machine:
# one JVM per (round, variant), the variants taking turns, each loading the content with
# -Dsafeplan.engine.levers=VARIANT and running the probes (default: full everyField slice reference).
# Prints per variant and probe the median of the runs' mean CPU ns per call and the best iteration of
# all runs, each with its ratio to the first variant's. WARM (seconds, default 8) sets the warm-up:
# on a loaded machine the JIT needs longer before the code measured is the compiled one.
# Usage (after `mvn -B -q package -DskipTests`):
#   benchmarks/scripts/levers-cpu.sh ROUNDS VARIANT... [-- PROBE...]
#   benchmarks/scripts/levers-cpu.sh 3 none unsafe,direct
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/scripts/compare.sh
ROUNDS=$1; shift
variants=(); probes=()
while [[ $# -gt 0 && "$1" != "--" ]]; do variants+=("$1"); shift; done
[[ $# -gt 0 ]] && shift
probes=("$@"); [[ ${#probes[@]} -eq 0 ]] && probes=(full everyField slice reference)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for r in $(seq "$ROUNDS"); do
  for v in "${variants[@]}"; do
    java -Dsafeplan.engine.levers="$v" -Dprobe.warm="${WARM:-8}" -Dprobe.iterations=3 -Dprobe.seconds=2 \
        -cp benchmarks/target/benchmarks.jar org.safeplan.bench.CpuTimeProbe "${probes[@]}" \
      | awk -v v="$v" '/cpu mean/ { print $1, $4, $7 > ("'"$WORK"'/" v "." $1) }' 
    for p in "${probes[@]}"; do cat "$WORK/$v.$p" >> "$WORK/$v.$p.all"; done
  done
done

echo "rounds: $ROUNDS, variants taking turns; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${probes[@]}"; do
  control=""
  for v in "${variants[@]}"; do
    m=$(cut -d' ' -f2 "$WORK/$v.$p.all" | median)
    b=$(cut -d' ' -f3 "$WORK/$v.$p.all" | sort -n | head -1)
    [[ -z "$control" ]] && control=$m && control_best=$b
    awk -v p="$p" -v v="$v" -v m="$m" -v c="$control" -v b="$b" -v cb="$control_best" \
      -v all="$(cut -d' ' -f2 "$WORK/$v.$p.all" | tr '\n' ' ')" \
      'BEGIN { printf "%-11s levers=%-14s CPU median of means %9.1f ns/call (%s) ratio %.2f; best %9.1f ratio %.2f\n",
               p, v, m, all, m / c, b, b / cb }'
  done
done
