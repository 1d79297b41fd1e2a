# Two commands matter: `make demo` and `make test`. Both build .venv on first use.
# The stamp file depends on pyproject.toml, so a changed dependency list reinstalls,
# and an unchanged one costs nothing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HYPOTHESIS_PROFILE ?= ci

.PHONY: demo test lint types unit docs extras bench fuzz versions clean help

help:
	@echo "make demo   - diff the bundled seed article against its earlier revision"
	@echo "make test   - lint, types, tests (Hypothesis ci profile), docs build + doctests"
	@echo "make docs   - build the documentation into docs/_build/html"
	@echo "make bench  - run the benchmarks (side by side with baselines)"
	@echo "make fuzz   - fuzz the parsers and loaders with atheris (FUZZ_SECONDS per target)"
	@echo "make versions - the tests on every supported Python installed here (nox)"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,html,bench,dask,progress,warc]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsdiff demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks evals docs tools fuzz noxfile.py
	$(BIN)/ruff format --check src tests benchmarks evals docs tools fuzz noxfile.py
	$(BIN)/lint-imports

# fuzz/ is checked on its own: its run.py and benchmarks/run.py are both top-level scripts.
types: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy fuzz

# Branch coverage with a floor: see "Coverage" in docs/guarantees.md for what is excluded.
COVERAGE_FLOOR ?= 96
unit: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider --cov=newsdiff --cov-report=term --cov-fail-under=$(COVERAGE_FLOOR)

docs: $(STAMP)
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -n -W --keep-going -q -b doctest docs docs/_build/doctest

# Every extra must work alone: each is installed by itself into a throw-away venv
# and smoke-tested (an extra that only works beside the others fails here).
EXTRAS ?= html warc dask progress hypothesis
extras: $(STAMP)
	@set -e; for extra in $(EXTRAS); do \
		dir=$$(mktemp -d); \
		$(PYTHON) -m venv $$dir; \
		$$dir/bin/python -m pip install --quiet ".[$$extra]" || exit 1; \
		$$dir/bin/python tools/smoke_extra.py $$extra || exit 1; \
		rm -rf $$dir; \
	done

test: lint types unit docs extras

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# Coverage-guided fuzzing with atheris (installed here only: it builds a native extension).
FUZZ_SECONDS ?= 120
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	$(BIN)/python fuzz/run.py --seconds $(FUZZ_SECONDS)

# Each supported Python found on the machine; nox skips (and names) the missing ones.
# Under pyenv, every installed version is made visible (its shims hide all but one).
versions: $(STAMP)
	PYENV_VERSION="$$(pyenv versions --bare 2>/dev/null | paste -sd: -)" \
		$(BIN)/nox --no-error-on-missing-interpreters

clean:
	rm -rf $(VENV) docs/_build .mypy_cache .ruff_cache .pytest_cache .hypothesis
