#!/usr/bin/env bash
# Bounded fuzzing run, for CI and people: fuzz/run.sh <target|all> <seconds> [-- libFuzzer args]
#
#   fuzz/run.sh all 60          # every target for 60 s each (what CI runs)
#   fuzz/run.sh restore 600     # one target, ten minutes
#
# Installs cargo-fuzz (pinned) if missing, builds the targets first (build time
# is not fuzz time), seeds fuzz/corpus/<target> from fuzz/seeds/<target> (the
# hand-made seeds) and fuzz/cmin/<target> (the minimised corpus of the last long
# run), runs one libFuzzer job per target and prints executions, seconds and
# exec/s. Exits non-zero on the first crash, timeout (an input running longer
# than FUZZ_TIMEOUT s) or out-of-memory (one allocation or the process over the
# target's memory limit); the input is under fuzz/artifacts/<target>/.
#
# Stable Rust: cargo-fuzz passes nightly-only flags (-Z, sancov passes), which
# RUSTC_BOOTSTRAP=1 lets the stable compiler accept. Environment:
#   FUZZ_SANITIZER   none (default, ~2x faster) or address
#   FUZZ_TRACE_COMPARES=1  instrument comparisons (CMP-guided mutation; about
#                    5x slower on the JSON parser, so off by default: the
#                    dictionary and the structured target stand in for it)
#   FUZZ_TIMEOUT     seconds one input may run (default 10)
#   CARGO_TARGET_DIR where to build (default: fuzz/target, git-ignored)
#
# fuzz/run.sh cmin <target> minimises fuzz/corpus/<target> into
# fuzz/cmin/<target> (commit it after a long run).
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
cd "$(dirname "$0")"

if [[ ${1:-} == cmin ]]; then
  t=${2:?usage: fuzz/run.sh cmin <target>}
  export RUSTC_BOOTSTRAP=1
  mkdir -p "corpus/$t" "cmin/$t" logs
  for d in seeds cmin; do cp -n "$d/$t"/* "corpus/$t/" 2>/dev/null || true; done
  before=$(ls "corpus/$t" | wc -l)
  # In place; -use_counters=0 keeps one input per edge (not per hit count),
  # which keeps the committed corpus small.
  cargo fuzz cmin -s none --debug-assertions --no-trace-compares "$t" "corpus/$t" -- \
    -max_len=8192 -timeout=10 -use_counters=0 >"logs/cmin-$t.log" 2>&1 ||
    { tail -30 "logs/cmin-$t.log"; exit 1; }
  rm -f cmin/"$t"/*
  cp "corpus/$t"/* "cmin/$t/"
  echo "fuzz: cmin $t: $before inputs -> $(ls "cmin/$t" | wc -l) in fuzz/cmin/$t ($(du -sb "cmin/$t" | cut -f1) bytes)"
  exit 0
fi

target=${1:?usage: fuzz/run.sh <target|all> <seconds> [-- libFuzzer args]}
seconds=${2:?usage: fuzz/run.sh <target|all> <seconds> [-- libFuzzer args]}
shift 2
[[ ${1:-} == -- ]] && shift
extra=("$@")

export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-none}
flags=(-s "$sanitizer" --debug-assertions)
if [[ ${FUZZ_TRACE_COMPARES:-0} != 1 ]]; then flags+=(--no-trace-compares); fi

if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if [[ $target == all ]]; then
  targets=(restore restore_json_structured csv_import zip_expand seal_envelope workshop_ballot)
else
  targets=("$target")
fi

build_start=$(date +%s)
cargo fuzz build "${flags[@]}"
echo "fuzz: build $(( $(date +%s) - build_start ))s (sanitizer $sanitizer, debug assertions on)"

mkdir -p logs
summary=()
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  for d in seeds cmin; do
    if [[ -d $d/$t ]]; then cp -n "$d/$t"/* "corpus/$t/" 2>/dev/null || true; fi
  done
  # A hung input (a quadratic path, a bomb not refused) fails the run, as
  # does memory past the limits: the import's zip budget is 256 MiB, so one
  # allocation of 512 MiB is a bug (checked under FUZZ_SANITIZER=address
  # only: libFuzzer hooks malloc through the sanitizer), and so is a process
  # over 2 GiB (checked always). zip_expand runs with a 2 MiB budget and
  # measures its own heap (see the target); its process stays far below 512.
  args=(-max_total_time="$seconds" -max_len=8192 -print_final_stats=1
    -timeout="${FUZZ_TIMEOUT:-10}" -malloc_limit_mb=512 -rss_limit_mb=2048)
  case $t in
    restore) args+=(-dict=dict/workbook.dict) ;;
    csv_import) args+=(-dict=dict/zip.dict) ;;
    zip_expand) args+=(-dict=dict/zip.dict -malloc_limit_mb=64 -rss_limit_mb=512) ;;
  esac
  log=logs/$t.log
  echo "fuzz: $t for ${seconds}s"
  status=0
  cargo fuzz run "${flags[@]}" "$t" "corpus/$t" -- \
    "${args[@]}" ${extra[@]+"${extra[@]}"} >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  runs=${runs:-0}
  secs=${secs:-$seconds}
  rate=$(( runs / (secs > 0 ? secs : 1) ))
  line="$t: $runs executions in ${secs}s = $rate exec/s, corpus $(ls "corpus/$t" | wc -l) files"
  if (( status != 0 )); then
    tail -60 "$log"
    echo "fuzz: CRASH in $t (exit $status); input under fuzz/artifacts/$t/, log fuzz/$log"
    echo "fuzz: reproduce: cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run ${flags[*]} $t artifacts/$t/<file>"
    exit 1
  fi
  echo "fuzz: $line"
  summary+=("$line")
done

echo "fuzz: summary ($(date -u +%FT%TZ))"
printf '  %s\n' "${summary[@]}"
