# vigil's one task runner.  `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= sqlite:///vigil-demo.db

.PHONY: setup demo test lint typecheck pytest bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/install-system.sh
	bash scripts/install-system.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/vigil scan demo/corpus --db $(DEMO_DB)
	$(BIN)/vigil report --db $(DEMO_DB) --out vigil-demo-report.html
	@echo "report: vigil-demo-report.html   flagged items: $(BIN)/vigil items --db $(DEMO_DB) --flagged"

test: setup lint typecheck pytest

lint:
	$(BIN)/ruff check src tests bench demo devsets
	$(BIN)/ruff format --check src tests bench demo devsets

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest -q

bench: setup
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) vigil-demo.db* vigil-demo-report.html .pytest_cache .mypy_cache .ruff_cache
