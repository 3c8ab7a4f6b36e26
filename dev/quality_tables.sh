#!/usr/bin/env bash
# The README's split tables: the reading before the spaCy rewrite (commit 4a3daf5), the
# reading now, and the reading with the embedded model judging (--method cited), each on the
# dev split and the held-out test split, scored by this checkout's `summariser eval`.
#   dev/quality_tables.sh [OUT_DIR]      (about 10 minutes on 2 cores; starts the local model)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
if [ -n "$(ls -A "$out" 2>/dev/null)" ]; then  # brief resumes: an old run's briefings would be scored
  echo "$0: $out is not empty; give a new folder" >&2; exit 2
fi
before=$out/before-checkout
[ -d "$before" ] || git worktree add --detach "$before" 4a3daf5 >/dev/null
for split in dev test; do
  BRIEF_PYTHONPATH=$before dev/split_eval.sh $split "$out/before-$split" reading > "$out/before-$split.txt"
  dev/split_eval.sh $split "$out/reading-$split" reading > "$out/reading-$split.txt"
  dev/split_eval.sh $split "$out/cited-$split" cited > "$out/cited-$split.txt"
done
git worktree remove --force "$before"
for f in "$out"/*.txt; do echo "== $(basename "$f" .txt)"; grep '^|' "$f"; grep '^articles' "$f" || true; done
