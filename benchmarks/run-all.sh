#!/usr/bin/env bash
# Runs every measurement of docs/benchmarks.md and writes the raw output to OUT (default
# benchmarks/target/results). About 20 minutes on 2 cores. From the repository root, after
# `mvn -B -q package -DskipTests`:  benchmarks/run-all.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-benchmarks/target/results}
mkdir -p "$OUT"
JAR=benchmarks/target/benchmarks.jar
log() { echo "== $* (load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

log "machine" | tee "$OUT/machine.txt"
{ nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1; } >> "$OUT/machine.txt"

log "JMH throughput benchmarks" | tee "$OUT/jmh.log"
java -jar "$JAR" 'AdviseBenchmark|ScalingBenchmark|SliceBenchmark|DroolsBenchmark' -prof gc \
    -rf json -rff "$OUT/jmh.json" >> "$OUT/jmh.log" 2>&1

log "JMH cold start (single shot, 10 forks)" | tee "$OUT/coldstart.log"
java -jar "$JAR" ColdStartBenchmark -rf json -rff "$OUT/coldstart.json" >> "$OUT/coldstart.log" 2>&1

log "first advice after JVM start, 10 runs" | tee "$OUT/first-advice.txt"
for i in $(seq 10); do java -cp "$JAR" org.safeplan.bench.FirstAdvice 2>/dev/null; done >> "$OUT/first-advice.txt"
log "first advice with an AppCDS archive (-XX:SharedArchiveFile), 10 runs" | tee -a "$OUT/first-advice.txt"
java -XX:ArchiveClassesAtExit="$OUT/safeplan.jsa" -cp "$JAR" org.safeplan.bench.FirstAdvice >/dev/null 2>&1
for i in $(seq 10); do java -XX:SharedArchiveFile="$OUT/safeplan.jsa" -cp "$JAR" org.safeplan.bench.FirstAdvice 2>/dev/null; done >> "$OUT/first-advice.txt"

log "retained heap" | tee "$OUT/heap.txt"
java -cp "$JAR" org.safeplan.bench.RetainedHeap 2>/dev/null >> "$OUT/heap.txt"

log "CPU-time probe" | tee "$OUT/cpu.txt"
java -cp "$JAR" org.safeplan.bench.CpuTimeProbe full everyField slice reference memo json write 2>/dev/null >> "$OUT/cpu.txt"

log "CLI --jsonl, 100,000 situations" | tee "$OUT/cli.txt"
benchmarks/cli-throughput.sh 100000 5 >> "$OUT/cli.txt" 2>&1
log "done" | tee -a "$OUT/cli.txt"
