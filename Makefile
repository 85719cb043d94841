# Two set-up commands: `make demo` and `make test` (see the README). Both create .venv/ at the repo root.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test lint install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install --quiet -c requirements/constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -c requirements/constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/eventcoder demo --db demo.duckdb
	@echo "Open the dashboard: $(BIN)/eventcoder serve --db demo.duckdb  (then visit http://127.0.0.1:8000/)"

lint: install-test
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache src/*.egg-info demo.duckdb demo.duckdb.wal
