#!/usr/bin/env bash
# Every quality measure in one go, one line each: the dev questions, the two
# news fixture sets, SQuAD (answers found), SQuAD neighbours (answers that
# should not be given; lower is better), and any held-out set under
# tests/fixtures/heldout*/ (totals only, so blind sets stay blind).
# Usage: scripts/eval_all.sh [BOT_BINARY]   (default target/release/storybot)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bot="$(realpath "${1:-$here/target/release/storybot}")"
eval_dir="$here/../shared/eval"
fx="$here/tests/fixtures"
score() { python3 "$eval_dir/score.py" "$bot" "$@" | tr '\n' ' '; echo; }
echo "dev       $(score "$eval_dir/dev_questions.jsonl")" &
echo "news      $(score "$fx/news/questions.jsonl" --articles "$fx/news")" &
echo "news2     $(score "$fx/news2/questions.jsonl" --articles "$fx/news2")" &
for d in "$fx"/heldout*/; do
  [ -f "$d/questions.jsonl" ] || continue
  echo "$(basename "$d") $(score "$d/questions.jsonl" --articles "$d")" &
done
echo "squad     $(python3 "$eval_dir/squad_eval.py" "$bot" | tr '\n' ' ')" &
echo "neighbour $(python3 "$here/scripts/squad_neighbours.py" "$bot")" &
wait
