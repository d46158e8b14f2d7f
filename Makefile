# tts-sdk build, test and release tasks. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
SPECS_STAMP := specs/downloaded/.fetched
HAND_WRITTEN := overrides/tts_sdk generator tests bench

.PHONY: help venv specs update-specs generate check lint typecheck pytest test fuzz demo bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP) ## Create .venv with the package and the pinned dev tools

$(SPECS_STAMP): specs/specs.toml | $(STAMP)
	$(PY) -m generator specs
	@touch $@

specs: $(STAMP) ## Download the published specs (URL, then the SPEC_MIRROR folder) and check their sha256 pins
	$(PY) -m generator specs
	@touch $(SPECS_STAMP)

update-specs: $(STAMP) ## Accept new spec bytes: report, re-pin, regenerate, re-run the tests (FAIL_ON=breaking, DRY_RUN=1)
ifdef DRY_RUN
	$(PY) -m generator update-specs --dry-run $(if $(FAIL_ON),--fail-on $(FAIL_ON))
else
	$(PY) -m generator update-specs $(if $(FAIL_ON),--fail-on $(FAIL_ON))
	@touch $(SPECS_STAMP)
	$(MAKE) test
endif

generate: $(SPECS_STAMP) ## Generate generated/ from the pinned specs (a no-op when no input changed)
	$(PY) -m generator generate

check: $(SPECS_STAMP) ## Fail if generated/ or the sync code differs from what the specs and the async source give
	$(PY) -m generator check
	$(PY) -m generator unasync --check

lint: $(STAMP) ## ruff on the hand-written code
	$(PY) -m ruff check $(HAND_WRITTEN)
	$(PY) -m ruff format --check $(HAND_WRITTEN)

typecheck: $(STAMP) ## mypy --strict on the hand-written and generated code; basedpyright strict on the typing suite
	$(PY) -m mypy --strict overrides/tts_sdk generator tests bench
	cd generated && ../$(PY) -m mypy --strict tts_sdk_generated
	$(VENV)/bin/basedpyright -p tests/typing/pyrightconfig.json --pythonpath $(PY)

pytest: $(SPECS_STAMP) ## The test suite only
	$(PY) -m pytest -q

test: check lint typecheck pytest ## Everything CI runs: drift check, lint, types, tests

FUZZ_EXAMPLES ?= 2000
FUZZ_SEED ?= 20261207
fuzz: $(SPECS_STAMP) ## The long generator fuzz: FUZZ_EXAMPLES drawn OpenAPI documents (2000), seed FUZZ_SEED
	@echo "fuzzing the generator: $(FUZZ_EXAMPLES) documents, seed $(FUZZ_SEED)"
	TTS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) TTS_FUZZ_SEED=$(FUZZ_SEED) $(PY) -m pytest -q tests/test_any_schema.py

demo: generate ## The main job, offline: local server, every spec of every provider through the facade, files in out/
	$(PY) -m tts_sdk demo --out out

bench: $(SPECS_STAMP) ## Run the benchmarks under bench/ (installs the peers they compare with)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	@for script in bench/[a-z]*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean: ## Remove the virtual environment, downloads and caches
	rm -rf $(VENV) specs/downloaded out .mypy_cache .ruff_cache .pytest_cache
