#!/usr/bin/env bash
# The Spark engine's cost against local threads on one machine (docs/results.md, "Sweeps on Spark"): one
# sweep of 480 points x 40 replications of 120 days, on local threads, on Spark local[2] and, if a master URL
# is given (e.g. from scripts/loopback-cluster.sh), on that cluster, at 1, 4, 16 and 64 points per task,
# ROUNDS times over. Prints the wall time of each command and the sweep's compute rate from its progress
# lines (first task to last point), and checks that every points.csv is the local one.
# Usage: scripts/bench-spark.sh [MASTER_URL] [ROUNDS]   (after: mvn -B -ntp -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
master="${1:-}"
rounds="${2:-2}"
w="$(mktemp -d "${TMPDIR:-/tmp}/brink-bench-spark.XXXXXX")"
trap 'rm -rf "$w"' EXIT
cp "$here/scenarios/baseline.yaml" "$w/"
printf 'extends: baseline.yaml\nname: short\nhorizon_days: 120\n' > "$w/short.yaml"
cat > "$w/bench.yaml" <<'YAML'
scenario: short.yaml
seed: 42
replications: 40
design: {type: grid, points_per_factor: 160}
factors:
  - {path: actors.north_korea.troops, min: 0, max: 60000}
  - {path: actors.nato.red_line.strike_restrictions_lifted, levels: [0.8, 1.2, 2.0]}
outcomes:
  - {kind: probability, rung: strike_restrictions_lifted, within_days: 60}
  - {kind: median, metric: russian_casualties}
  - {kind: median_day, rung: nk_combat_in_kursk}
  - {kind: mean, metric: nk_defected}
YAML
t() {
  local name="$1"; shift
  local s e
  s=$(date +%s.%N)
  java -Dbrink.home="$here" -jar "$here/target/brink.jar" sweep "$w/bench.yaml" --out "$w/$name" --force "$@" >/dev/null 2>"$w/$name.err"
  e=$(date +%s.%N)
  printf '%-14s wall %6.1f s  compute %s  load %s\n' "$name" "$(echo "$e - $s" | bc)" \
    "$(grep -o '[0-9.]* points/s' "$w/$name.err" | tail -1)" "$(cut -d' ' -f1 /proc/loadavg)"
  cmp -s "$w/local/points.csv" "$w/$name/points.csv" || echo "  $name: points.csv DIFFERS from local"
}
for round in $(seq 1 "$rounds"); do
  t local --threads 2
  for n in 1 4 16 64; do t "spark-$n" --engine spark --master 'local[2]' --points-per-task "$n"; done
  if [ -n "$master" ]; then
    for n in 1 4 16 64; do t "cluster-$n" --engine spark --master "$master" --points-per-task "$n"; done
  fi
done
