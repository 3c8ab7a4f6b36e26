#!/usr/bin/env bash
# Brief one gold split with the reading (no model) and score it: dev/split_eval.sh tuned|dev|test [OUT]
# PYTHONPATH may point at another checkout to score its reading (the "before" tables).
set -euo pipefail
cd "$(dirname "$0")/.."
split=$1; out=${2:-$(mktemp -d)}
case $split in
  tuned) articles=(seeds tests/corpus/wikinews); gold=tests/gold ;;
  dev|test) articles=(tests/corpus/$split); gold=tests/gold/$split ;;
esac
inputs=(); for a in "${articles[@]}"; do inputs+=("$a"/*.txt); done
.venv/bin/python -m summariser brief "${inputs[@]}" --method reading --provider local --format json --out "$out" >/dev/null
.venv/bin/python -m summariser eval "$out" --gold "$gold" --articles "${articles[0]}" ${articles[1]:+--articles ${articles[1]}}
