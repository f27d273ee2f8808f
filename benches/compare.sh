#!/usr/bin/env bash
# benches/compare.sh — build the same generated journal with failfolio and
# with Hugo, and compare wall time and peak memory.
#
# Usage:
#   benches/compare.sh N [RUNS]            N entries, RUNS timed runs (default 5)
#   FAILFOLIO=/path/to/failfolio benches/compare.sh 1000 3
#
# Environment:
#   FAILFOLIO   failfolio binary to test. Unset: `cargo build --release` in
#               the repository and use target/release/failfolio (honours
#               CARGO_TARGET_DIR).
#   HUGO        hugo binary (default: `hugo` on PATH).
#   GEN_CORPUS  corpus generator executable, run as GEN_CORPUS OUT_DIR N
#               [--seed S]. Unset: `cargo bench --bench gen_corpus -- OUT_DIR N
#               [--seed S]` in the repository (benches/corpus/mod.rs; built once,
#               honours CARGO_TARGET_DIR). Set it to reuse an already built
#               generator, e.g. target/release/deps/gen_corpus-<hash>.
#   SEED        generator seed (default: the generator's own default, 42).
#   BENCH_DIR   where the on-disk work folder goes (default /tmp, or /var/tmp
#               when /tmp is a tmpfs).
#   KEEP=1      keep the work folders (inputs, outputs, logs) for inspection.
#
# What it does:
#   1. Generates N entries with the gen_corpus bench target (or GEN_CORPUS)
#      into WORK/journal/entries/, next to a failfolio.yaml that lowers every
#      rule (PF001–PF012) to `warning`, so every rule still runs but every
#      entry publishes; copies the very same files into a Hugo site
#      (benches/hugo/, copied to WORK/hugo/) under content/entries/. Inputs
#      always live in the on-disk work folder.
#   2. For each output location — disk (WORK/out) and tmpfs (/dev/shm) — runs
#      one untimed warm-up build of each tool, then RUNS timed builds,
#      alternating failfolio and Hugo. Every build writes a fresh output
#      folder of its own, and `sync` runs before it (outside the timing), so
#      each run is a full, cold-output build and no tool pays for the other's
#      write-back. The outputs are removed only once all of a location's
#      runs are done: on this machine's ext4 disk (no journal), creating files
#      right after deleting others makes the kernel step over every recently
#      freed inode, which made each build on disk about 1.2 s slower than the
#      one before, whichever tool ran (see docs/performance.md).
#      Then times `failfolio check` alone (it writes nothing) RUNS times.
#   3. Measures each run with GNU time (`/usr/bin/time -f '%e %M'`): peak RSS
#      (%M, KiB) and wall time. Wall time uses bash's $EPOCHREALTIME around
#      the command (µs resolution) when available, else time's %e (10 ms).
#   4. After every build, counts entry pages (`entries/*/index.html`) in both
#      outputs; any count other than N is a failure.
#   5. Prints the median wall seconds and median peak MiB of each
#      {disk, tmpfs} x {failfolio build, hugo build}, of `failfolio check`,
#      and the Hugo/failfolio ratios (> 1: failfolio is faster / smaller).
#
# What each tool builds (see benches/hugo/hugo.yaml for the fairness notes):
#   failfolio: entry pages, home, résumé, tags + tag pages, stats, search page,
#     search-index.json, atom.xml (the 50 newest entries, full content), sitemap.xml,
#     robots.txt, 404.html, static files; plus running all 12 rules and
#     printing their diagnostics (to a log file).
#   Hugo: entry pages, home (all entries), /entries/ (all entries by year, the
#     résumé analogue), tags + tag pages, one RSS feed (every entry, full
#     content), index.json search index, sitemap.xml, robots.txt, 404.html.
#     Per-section/per-term RSS feeds and syntax highlighting are off because
#     failfolio has neither. Stats and search pages have no Hugo analogue.
#
# Requirements: bash >= 4 (5 for µs timing), GNU time at /usr/bin/time
#   (apt-get install time), hugo (apt-get install hugo; tested with 0.111),
#   coreutils, findutils, awk; cargo unless both FAILFOLIO and GEN_CORPUS
#   are set.
#   /dev/shm must be a tmpfs. Nothing outside the work folders is written
#   (besides Hugo's own cache dir, if any).
#
# Exit status: 0 on success, non-zero if any build or check fails or any
# entry-page count differs from N.

set -euo pipefail

usage() { sed -n '5,7s/^# \{0,1\}//p' "$0" >&2; exit 2; }
die() { printf 'compare.sh: error: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || usage
N=$1
RUNS=${2:-5}
case $N in '' | *[!0-9]*) die "N must be a positive integer, got '$N'" ;; esac
case $RUNS in '' | *[!0-9]*) die "RUNS must be a positive integer, got '$RUNS'" ;; esac
[ "$N" -ge 1 ] || die "N must be >= 1"
[ "$RUNS" -ge 1 ] || die "RUNS must be >= 1"

SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)
GEN_CORPUS=${GEN_CORPUS:-}
HUGO=${HUGO:-hugo}
TIME=/usr/bin/time

# ---------------------------------------------------------------- tools
if [ -n "$GEN_CORPUS" ]; then
    [ -x "$GEN_CORPUS" ] || die "GEN_CORPUS=$GEN_CORPUS is not an executable file"
else
    command -v cargo >/dev/null || die "GEN_CORPUS is unset and cargo is not available"
fi
[ -x "$TIME" ] || die "GNU time not found at $TIME (apt-get install -y time)"
command -v "$HUGO" >/dev/null || die "hugo not found (apt-get install -y hugo)"
[ -d "$SCRIPT_DIR/hugo/layouts" ] || die "Hugo site not found: $SCRIPT_DIR/hugo"

if [ -n "${FAILFOLIO:-}" ]; then
    [ -x "$FAILFOLIO" ] || die "FAILFOLIO=$FAILFOLIO is not an executable file"
    FF=$FAILFOLIO
else
    command -v cargo >/dev/null || die "FAILFOLIO is unset and cargo is not available"
    echo "FAILFOLIO unset: cargo build --release in $REPO" >&2
    (cd "$REPO" && cargo build --release --quiet) || die "cargo build --release failed"
    FF=${CARGO_TARGET_DIR:-$REPO/target}/release/failfolio
    [ -x "$FF" ] || die "no binary at $FF after cargo build"
fi

# ---------------------------------------------------------------- work folders
if [ -n "${BENCH_DIR:-}" ]; then
    DISK_BASE=$BENCH_DIR
elif [ "$(stat -f -c %T /tmp)" = tmpfs ]; then
    DISK_BASE=/var/tmp
else
    DISK_BASE=/tmp
fi
[ "$(stat -f -c %T "$DISK_BASE")" != tmpfs ] || die "$DISK_BASE is a tmpfs; set BENCH_DIR to a disk folder"
[ "$(stat -f -c %T /dev/shm)" = tmpfs ] || die "/dev/shm is not a tmpfs"

WORK=
SHM=
cleanup() {
    local rc=$?
    if [ "${KEEP:-0}" = 1 ]; then
        echo "KEEP=1: work folders kept: $WORK ${SHM}" >&2
    else
        [ -n "$WORK" ] && rm -rf -- "$WORK"
        [ -n "$SHM" ] && rm -rf -- "$SHM"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

WORK=$(mktemp -d "$DISK_BASE/failfolio-bench.XXXXXX")
SHM=$(mktemp -d /dev/shm/failfolio-bench.XXXXXX)
LOGS=$WORK/logs
mkdir -p "$LOGS"

# ---------------------------------------------------------------- inputs
JOURNAL=$WORK/journal
HSITE=$WORK/hugo
mkdir -p "$JOURNAL"
# An absolute path: cargo runs the generator from the repository.
GEN_ARGS=("$(cd "$JOURNAL" && pwd)/entries" "$N")
if [ -n "${SEED:-}" ]; then
    GEN_ARGS+=(--seed "$SEED")
fi
if [ -n "$GEN_CORPUS" ]; then
    "$GEN_CORPUS" "${GEN_ARGS[@]}" || die "generator failed: $GEN_CORPUS"
else
    echo "generating $N entries: cargo bench --bench gen_corpus in $REPO" >&2
    (cd "$REPO" && cargo bench --quiet --bench gen_corpus -- "${GEN_ARGS[@]}") ||
        die "cargo bench --bench gen_corpus failed"
fi
generated=$(find "$JOURNAL/entries" -type f -name '*.md' | wc -l)
[ "$generated" -eq "$N" ] || die "generator wrote $generated entries, expected $N"

{
    echo "title: Benchmark journal"
    echo "base_url: https://example.com/"
    echo "rules:"
    for i in 01 02 03 04 05 06 07 08 09 10 11 12; do echo "  PF0$i: warning"; done
} >"$JOURNAL/failfolio.yaml"

cp -R "$SCRIPT_DIR/hugo/." "$HSITE/"
rm -rf "$HSITE/content" "$HSITE/public" "$HSITE/resources"
mkdir -p "$HSITE/content/entries"
find "$JOURNAL/entries" -type f -name '*.md' -exec cp -t "$HSITE/content/entries/" {} +
copied=$(find "$HSITE/content/entries" -type f -name '*.md' | wc -l)
[ "$copied" -eq "$N" ] || die "copied $copied entries into the Hugo site, expected $N"

# ---------------------------------------------------------------- measuring
# run_timed NAME LOG CMD... : runs CMD under GNU time, appends
# "wall_seconds peak_kib" to $LOGS/NAME.times. Fails loudly on a non-zero exit.
run_timed() {
    local name=$1 log=$2
    shift 2
    local tf=$LOGS/$name.time t0 t1 rc=0
    t0=${EPOCHREALTIME:-}
    "$TIME" -f '%e %M' -o "$tf" "$@" >"$log" 2>&1 || rc=$?
    t1=${EPOCHREALTIME:-}
    if [ "$rc" -ne 0 ]; then
        echo "FAILED ($rc): $*" >&2
        echo "--- last lines of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    # GNU time may prefix a "Command exited with non-zero status" line; the
    # numbers are on the last line.
    local e m
    read -r e m < <(tail -n 1 "$tf")
    if [ -n "$t0" ] && [ -n "$t1" ]; then
        e=$(awk -v a="${t0/,/.}" -v b="${t1/,/.}" 'BEGIN { printf "%.4f", b - a }')
    fi
    echo "$e $m" >>"$LOGS/$name.times"
}

# ff_build OUT NAME / hugo_build OUT NAME: OUT must not exist yet.
ff_build() { sync; run_timed "$2" "$LOGS/$2.log" "$FF" build "$JOURNAL" -o "$1"; }
hugo_build() { sync; run_timed "$2" "$LOGS/$2.log" "$HUGO" -s "$HSITE" -d "$1"; }

# count_entries OUT : number of entry pages (entries/*/index.html).
count_entries() {
    find "$1/entries" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l | tr -d ' '
}

# check_count TOOL MODE OUT : sets COUNT; exits (keeping the work folders)
# when the count is not N.
COUNT=0
check_count() {
    COUNT=$(count_entries "$3")
    if [ "$COUNT" -ne "$N" ]; then
        echo "COUNT MISMATCH: $1 ($2 output) has $COUNT entry pages, expected $N ($3)" >&2
        echo "work folders kept for inspection" >&2
        KEEP=1
        exit 1
    fi
}

# median FILE COLUMN
median() {
    awk -v col="$2" '{ print $col }' "$1" | sort -g | awk '
        { v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "failfolio benchmark: N=$N entries, RUNS=$RUNS"
echo "  failfolio: $FF ($("$FF" --version 2>&1 | head -n 1))"
echo "  hugo:      $("$HUGO" version 2>&1 | head -n 1)"
echo "  cpus:      $(nproc), load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "  disk work: $WORK ($(stat -f -c %T "$WORK")), tmpfs work: $SHM"
echo

declare -A COUNT_FF COUNT_HUGO
for mode in disk tmpfs; do
    if [ "$mode" = disk ]; then base=$WORK/out; else base=$SHM; fi
    base=$base/$mode
    mkdir -p "$base"
    echo "[$mode] warm-up build of each tool (untimed)"
    ff_build "$base/failfolio-warmup" "warmup-ff-$mode"
    hugo_build "$base/hugo-warmup" "warmup-hugo-$mode"
    rm -f "$LOGS/warmup-"*.times
    for r in $(seq 1 "$RUNS"); do
        ff_out=$base/failfolio-$r
        hugo_out=$base/hugo-$r
        ff_build "$ff_out" "ff-$mode"
        check_count failfolio "$mode" "$ff_out"
        COUNT_FF[$mode]=$COUNT
        hugo_build "$hugo_out" "hugo-$mode"
        check_count hugo "$mode" "$hugo_out"
        COUNT_HUGO[$mode]=$COUNT
        printf '[%s] run %d/%d: failfolio %ss %sKiB, hugo %ss %sKiB\n' "$mode" "$r" "$RUNS" \
            $(tail -n 1 "$LOGS/ff-$mode.times") $(tail -n 1 "$LOGS/hugo-$mode.times")
    done
    echo "[$mode] entry pages: failfolio ${COUNT_FF[$mode]}, hugo ${COUNT_HUGO[$mode]} (expected $N)"
    echo "[$mode] output: failfolio $(find "$ff_out" -type f | wc -l) files $(du -sm "$ff_out" | cut -f1) MiB;" \
        "hugo $(find "$hugo_out" -type f | wc -l) files $(du -sm "$hugo_out" | cut -f1) MiB"
    echo "[$mode] failfolio says: $(grep -E '^Published' "$LOGS/ff-$mode.log" | tail -n 1 || true)"
    rm -rf -- "$base"
    echo
done

echo "[check] failfolio check, $RUNS runs"
run_timed ff-check-warmup "$LOGS/ff-check.log" "$FF" check "$JOURNAL"
for r in $(seq 1 "$RUNS"); do
    run_timed ff-check "$LOGS/ff-check.log" "$FF" check "$JOURNAL"
done
echo "[check] diagnostics per run: $(grep -cE '^(error|warning|info)\[' "$LOGS/ff-check.log" || true)" \
    "($(grep -cE '^warning\[' "$LOGS/ff-check.log" || true) warnings)"
echo

# ---------------------------------------------------------------- report
row() { # MODE WHAT TIMESFILE
    local s k
    s=$(median "$3" 1)
    k=$(median "$3" 2)
    printf '%-6s %-18s %12.3f %12.1f\n' "$1" "$2" "$s" "$(awk -v k="$k" 'BEGIN { print k / 1024 }')"
}
ratio() { # MODE
    local fs fk hs hk
    fs=$(median "$LOGS/ff-$1.times" 1); fk=$(median "$LOGS/ff-$1.times" 2)
    hs=$(median "$LOGS/hugo-$1.times" 1); hk=$(median "$LOGS/hugo-$1.times" 2)
    awk -v m="$1" -v fs="$fs" -v fk="$fk" -v hs="$hs" -v hk="$hk" 'BEGIN {
        printf "%-6s %-18s %11.2fx %11.2fx\n", m, "hugo/failfolio", (fs > 0 ? hs / fs : 0), (fk > 0 ? hk / fk : 0) }'
}

echo "Results: N=$N entries, median of $RUNS runs (wall seconds, peak RSS MiB)"
printf '%-6s %-18s %12s %12s\n' output command wall_s peak_MiB
printf '%-6s %-18s %12s %12s\n' ------ ------------------ ------------ ------------
for mode in disk tmpfs; do
    row "$mode" "failfolio build" "$LOGS/ff-$mode.times"
    row "$mode" "hugo build" "$LOGS/hugo-$mode.times"
    ratio "$mode"
done
row "-" "failfolio check" "$LOGS/ff-check.times"
echo
echo "Entry pages: disk failfolio=${COUNT_FF[disk]} hugo=${COUNT_HUGO[disk]};" \
    "tmpfs failfolio=${COUNT_FF[tmpfs]} hugo=${COUNT_HUGO[tmpfs]}; expected $N: OK"
