# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= dragoman.duckdb

.PHONY: demo serve test lint typecheck unit audit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Pinned versions: pyproject.toml pins every direct dependency, requirements.lock every transitive one.
$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/dragoman run demo/corpus --db $(DB); test $$? -le 1
	$(BIN)/dragoman articles --db $(DB)
	$(BIN)/dragoman events --db $(DB) --limit 40

# The analyst's desk over the demo store: API at http://127.0.0.1:8000/api, UI at http://127.0.0.1:8000/
serve: $(VENV)/.installed
	$(BIN)/dragoman serve --db $(DB)

lint: $(VENV)/.dev
	$(BIN)/ruff check dragoman tests bench tools
	$(BIN)/ruff format --check dragoman tests bench tools

typecheck: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/python -m pytest -q

# Known vulnerabilities in requirements.lock (pip-audit over PyPI's JSON API); fails on a vulnerability
# found, warns (and passes) when the API is out of reach: see docs/reliability.md.
audit: $(VENV)/.dev
	$(BIN)/python tools/audit.py requirements.lock

test: lint typecheck audit unit

bench: $(VENV)/.dev
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/langid.py
	$(BIN)/python bench/api.py
	$(BIN)/python bench/load.py --seconds 60

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache *.egg-info
