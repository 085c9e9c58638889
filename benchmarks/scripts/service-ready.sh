#!/usr/bin/env bash
# Start to ready of the service: `java -jar safeplan-service.jar` against the launcher
# `examples/spring-boot/target/safeplan-service` (unpacked jar and class-data archive made on its first
# run), N starts each, alternating; "ready" is the first 200 from /actuator/health. Prints each
# median and their ratio. Usage (after `mvn -B -q package -DskipTests`):
# benchmarks/scripts/service-ready.sh [N] [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=compare.sh
source benchmarks/scripts/compare.sh
n="${1:-5}"; port="${2:-18087}"
target=examples/spring-boot/target
ready() {
  local s e pid
  s=$(date +%s%N)
  "$@" --server.port="$port" --server.address=127.0.0.1 > /dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 0.05; done
  e=$(date +%s%N)
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo $(( (e - s) / 1000000 ))
}
ready "$target/safeplan-service" > /dev/null           # prepares the launcher's archive if needed
jar=(); launcher=()
for ((i = 0; i < n; i++)); do
  jar+=("$(ready java -jar "$target/safeplan-service.jar")")
  launcher+=("$(ready "$target/safeplan-service")")
done
report
