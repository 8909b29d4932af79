#!/usr/bin/env bash
# The long fuzz run that README.md reports: every target in turn (one at a time, niced, so
# that a small machine stays usable), each for RUNS executions from its seeds and from what
# earlier long runs found, built with clang into build/fuzz-long/.
#   tests/fuzz/run-long.sh [RUNS] [TARGET...]     RUNS: 10000000 unless given
# Prints one line of figures per target; its log is build/fuzz-long/<target>.log, a crash
# build/fuzz-long/artifacts/<target>-crash-<sha1>. Exits 1 when a target found something.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/../../build/fuzz-long"
runs="${1:-10000000}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  read -r -a targets <<<"$(sed -n 's/^set(ROSTER_FUZZ_TARGETS \(.*\))$/\1/p' "$here/targets.cmake")"
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build" >/dev/null
mkdir -p "$build/artifacts"

status=0
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target"
  log="$build/$target.log"
  set +e
  nice -n 10 "$build/fuzz_$target" -runs="$runs" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -dict="$here/json.dict" -artifact_prefix="$build/artifacts/$target-" \
    "$build/corpus/$target" "$here/corpus/$target" >"$log" 2>&1
  code=$?
  set -e
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  coverage="$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)"
  result="no finding"
  [ "$code" -eq 0 ] || { result="FINDING (exit $code), see $log"; status=1; }
  echo "$target: executions=$(stat number_of_executed_units) exec/s=$(stat average_exec_per_sec)" \
    "$coverage peak_rss_mb=$(stat peak_rss_mb) seconds=$(grep -oE 'Done [0-9]+ runs in [0-9]+' "$log" | awk '{print $NF}')" \
    "-> $result"
done
exit "$status"
