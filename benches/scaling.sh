#!/usr/bin/env bash
# Reproduces the scaling numbers of BENCHMARKS.md: synthetic knowledge of
# 100, 10,000 and 100,000 facts (examples/synth.rs), then per size
#   - `storybot check` wall time and peak RSS (load + validation),
#   - per-answer latency percentiles and load/index split (examples/latency.rs),
#   - `ask --json` batch throughput on one core (taskset -c 0) and its peak RSS,
# and the same for the story's built-in knowledge with its question mix.
#
# Usage: benches/scaling.sh [WORK_DIR] [SIZES...]   (default /tmp/storybot-bench, 100 10000 100000)
# Needs: taskset (util-linux) and GNU time at /usr/bin/time (apt-get install time).
# STORYBOT_BIN_DIR=DIR uses DIR/storybot and DIR/examples/ instead of building.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/storybot-bench}
shift || true
SIZES=${*:-100 10000 100000}
if [ -n "${STORYBOT_BIN_DIR:-}" ]; then
  BIN=$STORYBOT_BIN_DIR/storybot
  EX=$STORYBOT_BIN_DIR/examples
else
  cargo build --release --bin storybot --example synth --example latency
  BIN=${CARGO_TARGET_DIR:-target}/release/storybot
  EX=${CARGO_TARGET_DIR:-target}/release/examples
fi
mkdir -p "$WORK"

# Repeats the lines of $1 until there are at least $2 of them.
repeat_to() {
  local n; n=$(wc -l < "$1")
  for _ in $(seq $(( ($2 + n - 1) / n ))); do cat "$1"; done
}

# ask --json throughput on one core: wall time with the questions minus wall
# time with none (start-up and load), best of three.
throughput() { # knowledge-args... -- questions-file
  local args=() q
  while [ "$1" != "--" ]; do args+=("$1"); shift; done
  q=$2
  local n; n=$(wc -l < "$q")
  local best_full=999999 best_empty=999999 rss=0
  for _ in 1 2 3; do
    local full empty
    full=$( { /usr/bin/time -f "%e %M" taskset -c 0 "$BIN" ask --json "${args[@]}" < "$q" > /dev/null; } 2>&1 | tail -1)
    empty=$( { /usr/bin/time -f "%e" taskset -c 0 "$BIN" ask --json "${args[@]}" < /dev/null > /dev/null; } 2>&1 | tail -1)
    best_full=$(echo "$full" | awk -v b="$best_full" '{print ($1 < b) ? $1 : b}')
    rss=$(echo "$full" | awk '{print $2}')
    best_empty=$(echo "$empty" | awk -v b="$best_empty" '{print ($1 < b) ? $1 : b}')
  done
  awk -v n="$n" -v f="$best_full" -v e="$best_empty" -v r="$rss" 'BEGIN {
    printf "ask --json on one core: %d questions in %.2f s wall (%.2f s of it start-up + load): %.0f questions/s net, %.0f/s gross; peak RSS %.1f MB\n",
      n, f, e, n / (f - e), n / f, r / 1024 }'
}

echo "== machine"
nproc; lscpu | head -15; rustc --version; uptime

echo "== story (built-in knowledge)"
cut -f2 benches/data/story_questions.tsv > "$WORK/story.txt"
repeat_to "$WORK/story.txt" 100000 > "$WORK/story-100k.txt"
"$EX/latency" --min-samples 100000
throughput -- "$WORK/story-100k.txt"

for n in $SIZES; do
  dir="$WORK/synth-$n"
  echo "== synthetic, $n facts"
  "$EX/synth" --facts "$n" -o "$dir"
  /usr/bin/time -f "check: %e s wall, peak RSS %M KB" "$BIN" check "$dir"
  taskset -c 0 "$EX/latency" --knowledge "$dir" --questions "$dir/questions.tsv" \
    --min-samples 20000 --max-seconds 60 --breakdown --slowest 5
  # At least 20,000 questions where answers are fast; the 2,000 generated otherwise.
  if [ "$n" -le 10000 ]; then repeat_to "$dir/questions.txt" 20000 > "$dir/questions-many.txt"; else cp "$dir/questions.txt" "$dir/questions-many.txt"; fi
  throughput --knowledge "$dir" -- "$dir/questions-many.txt"
done
