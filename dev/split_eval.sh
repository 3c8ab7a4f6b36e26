#!/usr/bin/env bash
# Brief one gold split and score it with the current `summariser eval`:
#   dev/split_eval.sh tuned|dev|test [OUT] [METHOD]
# METHOD: reading (default, no model) or cited (the embedded model judging; starts the
# local server). BRIEF_PYTHONPATH may point at another checkout whose reading briefs (the
# "before" tables); scoring always uses this checkout's eval.
set -euo pipefail
cd "$(dirname "$0")/.."
split=$1; out=${2:-$(mktemp -d)}; method=${3:-reading}
case $split in
  tuned) articles=(seeds tests/corpus/wikinews); gold=tests/gold ;;
  dev|test) articles=(tests/corpus/$split); gold=tests/gold/$split ;;
  *) echo "usage: $0 tuned|dev|test [OUT] [METHOD]" >&2; exit 2 ;;
esac
inputs=(); for a in "${articles[@]}"; do inputs+=("$a"/*.txt); done
PYTHONPATH=${BRIEF_PYTHONPATH:-} .venv/bin/python -m summariser brief "${inputs[@]}" --method "$method" \
  --provider local --format json --out "$out" >/dev/null
folders=(); for a in "${articles[@]}"; do folders+=(--articles "$a"); done
.venv/bin/python -m summariser eval "$out" --gold "$gold" "${folders[@]}"
