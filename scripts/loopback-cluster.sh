#!/usr/bin/env bash
# A Spark standalone cluster on this machine, for trying --engine spark: one Master and N Workers
# (default 2, one core each) on 127.0.0.1 only, started from the build's jars (target/spark-jars/,
# made by 'mvn -B -ntp -DskipTests package'). Runs in the foreground; Ctrl-C stops everything and
# removes its folder. In another terminal:
#   ./brink sweep scenarios/sweeps/nk-troops-x-nato-restraint.yaml --engine spark --master spark://127.0.0.1:7077
# Usage: scripts/loopback-cluster.sh [WORKERS] [MASTER_PORT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
workers="${1:-2}"
port="${2:-7077}"
jars="$here/target/spark-jars"
if [ ! -d "$jars" ]; then
  echo "loopback-cluster: $jars is missing; build it first: (cd $here && mvn -B -ntp -DskipTests package)" >&2
  exit 2
fi
dir="$(mktemp -d "${TMPDIR:-/tmp}/brink-loopback-cluster.XXXXXX")"
mkdir -p "$dir/spark-home" "$dir/tmp"
ln -s "$jars" "$dir/spark-home/jars"            # a Worker puts SPARK_HOME/jars on its executors' class path
export SPARK_HOME="$dir/spark-home"
export SPARK_LOCAL_IP=127.0.0.1                  # bind to loopback only
export SPARK_SCALA_VERSION=2.13                  # without it a Worker cannot build its executors' command
export SPARK_LOCAL_DIRS="$dir/tmp"
java_opts=(-Xmx512m -XX:-UsePerfData "-Djava.io.tmpdir=$dir/tmp" -cp "$jars/*")
pids=()
stop() {
  for p in "${pids[@]}"; do pkill -KILL -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT
java "${java_opts[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  >"$dir/master.log" 2>&1 &
pids+=($!)
for i in $(seq 1 "$workers"); do
  mkdir -p "$dir/work-$i"
  java "${java_opts[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory 1g --work-dir "$dir/work-$i" "spark://127.0.0.1:$port" >"$dir/worker-$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 "$workers"); do
  for _ in $(seq 1 600); do
    grep -q "Successfully registered with master" "$dir/worker-$i.log" 2>/dev/null && break
    sleep 0.2
  done
  grep -q "Successfully registered with master" "$dir/worker-$i.log" || { echo "loopback-cluster: worker $i did not register; see $dir/worker-$i.log" >&2; cat "$dir/worker-$i.log" >&2; exit 1; }
done
echo "loopback-cluster: master spark://127.0.0.1:$port with $workers worker(s) of 1 core; logs in $dir; Ctrl-C stops it"
wait
