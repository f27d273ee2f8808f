#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer's coverage instrumentation on the
# stable toolchain (cargo-fuzz needs nightly for its sanitizers; the
# instrumentation itself needs only stable `-C` flags) and runs each one
# for the given number of seconds (default 20). A crash exits non-zero and
# leaves its input in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-20}"
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
  -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
  -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares \
  -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps RUSTFLAGS off build scripts and proc macros.
host="$(rustc -vV | sed -n 's/^host: //p')"
cargo build --release --quiet --bins --target "$host"
for target in parse_entry split; do
  mkdir -p "corpus/$target" "artifacts/$target"
  echo "fuzzing $target for ${seconds}s"
  status=0
  "target/$host/release/$target" "corpus/$target" \
    -max_total_time="$seconds" -artifact_prefix="artifacts/$target/" -print_final_stats=1 \
    >"artifacts/$target.log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|==[0-9]+==|SUMMARY|thread .* panicked)" "artifacts/$target.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "artifacts/$target.log"
    exit "$status"
  fi
done
