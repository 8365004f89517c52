# Two commands set everything up on a fresh machine:
#   make demo   ingest seeds/ into work/seeds and pre-annotate it with every installed plugin
#   make test   the whole test suite (installs the Label Studio server and Chromium first)

PYTHON ?= python3
VENV := .venv
LS_VENV := .venv-labelstudio
BIN := $(VENV)/bin
LABEL_STUDIO_VERSION := 1.23.2

.PHONY: demo test setup setup-studio setup-test bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

$(LS_VENV)/.installed:
	$(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/pip install --quiet --upgrade pip
	$(LS_VENV)/bin/pip install --quiet "label-studio==$(LABEL_STUDIO_VERSION)"
	touch $@

setup: $(BIN)/.installed

setup-studio: $(BIN)/.installed $(LS_VENV)/.installed

setup-test: setup-studio
	bash scripts/install-browser.sh

demo: setup
	$(BIN)/annotate ingest seeds work/seeds
	$(BIN)/annotate run work/seeds

test: setup-test
	ANNOTATE_LABEL_STUDIO=$(CURDIR)/$(LS_VENV)/bin/label-studio $(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_run.py
	$(BIN)/python bench/bench_export.py --docs 10000

clean:
	rm -rf work
