#!/usr/bin/env bash
# First answer of the CLI: `java -jar safeplan-cli.jar advise FILE` against the launcher
# `examples/cli/target/safeplan advise FILE` (class-data archive made on its first run), N runs each,
# alternating, so that both see the same machine. Prints each median and their ratio.
# Usage (after `mvn -B -q package -DskipTests`): benchmarks/scripts/first-answer.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=compare.sh
source benchmarks/scripts/compare.sh
n="${1:-11}"
cli=examples/cli/target
file=examples/situations/kitchen-in-danger.json
"$cli/safeplan" advise "$file" > /dev/null            # makes the archive if it is not there yet
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
jar=(); launcher=()
for ((i = 0; i < n; i++)); do
  jar+=("$(ms java -jar "$cli/safeplan-cli.jar" advise "$file")")
  launcher+=("$(ms "$cli/safeplan" advise "$file")")
done
report
