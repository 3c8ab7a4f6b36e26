#!/usr/bin/env bash
# Brief one gold split and score it with the current `summariser eval`:
#   dev/split_eval.sh tuned|dev-new|dev2|dev|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|test|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16 [OUT] [METHOD]
# tuned: the 17 articles the first reading was built on; dev-new: the further dev articles;
# dev2: the first test split, spent and now dev; dev: all three (the tables' dev split);
# dev3: test4 and test5, held-out splits scored and spent, now developed on too; dev4: test6,
# likewise (scored once, then spent); dev5: test7, likewise; dev6: test8, likewise; dev7: test9,
# likewise; dev8: test10, likewise; dev9: test11, likewise; dev10: test12, likewise; dev11: test13, likewise; dev12: test14, likewise; dev13: test15, likewise; test, test3 and test16: the held-out splits (tests/gold/README.md); test4 to test16 one at a time.
# METHOD: reading (default, no model) or cited (the embedded model judging; starts the
# local server). BRIEF_PYTHONPATH may point at another checkout whose reading briefs (the
# "before" tables); scoring always uses this checkout's eval.
set -euo pipefail
cd "$(dirname "$0")/.."
split=$1; out=${2:-$(mktemp -d)}; method=${3:-reading}
case $split in
  tuned) articles=(seeds tests/corpus/wikinews); gold=tests/gold ;;
  dev-new) articles=(tests/corpus/dev); gold=tests/gold/dev ;;
  dev2) articles=(tests/corpus/dev2); gold=tests/gold/dev2 ;;
  dev) articles=(seeds tests/corpus/wikinews tests/corpus/dev tests/corpus/dev2)
       gold=$(mktemp -d); cp tests/gold/*.json tests/gold/dev/*.json tests/gold/dev2/*.json "$gold"/ ;;
  dev3) articles=(tests/corpus/test4 tests/corpus/test5)
        gold=$(mktemp -d); cp tests/gold/test4/*.json tests/gold/test5/*.json "$gold"/ ;;
  test) articles=(tests/corpus/test); gold=tests/gold/test ;;
  test3) articles=(tests/corpus/test3); gold=tests/gold/test3 ;;
  test4) articles=(tests/corpus/test4); gold=tests/gold/test4 ;;
  test5) articles=(tests/corpus/test5); gold=tests/gold/test5 ;;
  test6|dev4) articles=(tests/corpus/test6); gold=tests/gold/test6 ;;
  test7|dev5) articles=(tests/corpus/test7); gold=tests/gold/test7 ;;
  test8|dev6) articles=(tests/corpus/test8); gold=tests/gold/test8 ;;
  test9|dev7) articles=(tests/corpus/test9); gold=tests/gold/test9 ;;
  test10|dev8) articles=(tests/corpus/test10); gold=tests/gold/test10 ;;
  test11|dev9) articles=(tests/corpus/test11); gold=tests/gold/test11 ;;
  test12|dev10) articles=(tests/corpus/test12); gold=tests/gold/test12 ;;
  test13|dev11) articles=(tests/corpus/test13); gold=tests/gold/test13 ;;
  test14|dev12) articles=(tests/corpus/test14); gold=tests/gold/test14 ;;
  test15|dev13) articles=(tests/corpus/test15); gold=tests/gold/test15 ;;
  test16) articles=(tests/corpus/test16); gold=tests/gold/test16 ;;
  *) echo "usage: $0 tuned|dev-new|dev2|dev|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|test|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16 [OUT] [METHOD]" >&2; exit 2 ;;
esac
inputs=(); for a in "${articles[@]}"; do inputs+=("$PWD/$a"/*.txt); done
here=$PWD
(cd "${BRIEF_PYTHONPATH:-.}" && "$here/.venv/bin/python" -m summariser brief "${inputs[@]}" --method "$method" \
  --provider local --format json --out "$out" >/dev/null)
folders=(); for a in "${articles[@]}"; do folders+=(--articles "$a"); done
.venv/bin/python -m summariser eval "$out" --gold "$gold" "${folders[@]}"
