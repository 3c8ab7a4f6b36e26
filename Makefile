# Two entry points, both from a fresh clone with only Python 3.11, make and pip:
#   make brief   set up .venv, then brief seeds/ with the embedded local model into briefings/
#   make test    set up .venv, then run the whole test suite (offline, plus one live local run)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup brief test bench screenshots examples clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[local,test]'
	touch $(STAMP)

brief: setup
	$(BIN)/summariser brief seeds/*.txt --provider local --format all --out briefings/

test: setup
	$(BIN)/python -m pytest

# The briefing drawn in docs/briefing.png (the seed 004 gold briefing until a recorded run replaces it).
SCREENSHOT_BRIEFING ?= tests/fixtures/render/004_1a1daf8f610255dc.json
SCREENSHOT_ARTICLE ?= seeds/004_1a1daf8f610255dc.txt

screenshots: setup
	$(BIN)/python dev/screenshots.py $(SCREENSHOT_BRIEFING) $(SCREENSHOT_ARTICLE) docs/briefing.png

bench: setup
	$(BIN)/python bench/grounding.py

# examples/digest.{md,html,json}: the digest of a folder of briefings. The gold briefings with
# their corpus dates until the recorded corpus runs in tests/golden/<run>/ carry dates; then
# DIGEST_INPUT=tests/golden/<run> (its scores.json is not a briefing and is left out).
DIGEST_INPUT ?= tests/fixtures/digest/dated
DIGEST_FILES = $(filter-out %/scores.json,$(wildcard $(DIGEST_INPUT)/*.json))

examples: setup
	$(BIN)/summariser digest $(DIGEST_FILES) --format md -o examples/digest.md
	$(BIN)/summariser digest $(DIGEST_FILES) --format html -o examples/digest.html
	$(BIN)/summariser digest $(DIGEST_FILES) --format json -o examples/digest.json

clean:
	rm -rf $(VENV) briefings .pytest_cache
