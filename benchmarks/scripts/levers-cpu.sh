#!/usr/bin/env bash
# The engine's levers A/B by CPU time per call (thread CPU time, CpuTimeProbe), for a loaded machine:
# one JVM per (round, variant), the variants taking turns, each loading the content with
# -Dsafeplan.engine.levers=VARIANT and running the probes (default: full everyField slice reference).
# Prints each variant's median CPU ns per call per probe and its ratio to the first variant's.
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
    java -Dsafeplan.engine.levers="$v" -Dprobe.warm=8 -Dprobe.iterations=3 -Dprobe.seconds=2 \
        -cp benchmarks/target/benchmarks.jar org.safeplan.bench.CpuTimeProbe "${probes[@]}" \
      | awk -v v="$v" '/cpu mean/ { print $1, $4 > ("'"$WORK"'/" v "." $1) }' 
    for p in "${probes[@]}"; do cat "$WORK/$v.$p" >> "$WORK/$v.$p.all"; done
  done
done

echo "rounds: $ROUNDS, variants taking turns; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${probes[@]}"; do
  control=""
  for v in "${variants[@]}"; do
    m=$(cut -d' ' -f2 "$WORK/$v.$p.all" | median)
    [[ -z "$control" ]] && control=$m
    awk -v p="$p" -v v="$v" -v m="$m" -v c="$control" -v all="$(cut -d' ' -f2 "$WORK/$v.$p.all" | tr '\n' ' ')" \
      'BEGIN { printf "%-11s levers=%-14s CPU median %9.1f ns/call (%s) ratio to %s: %.2f\n", p, v, m, all, "first", m / c }'
  done
done
