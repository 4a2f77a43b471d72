# The README's two commands: `make demo` and `make test`. Both set up everything on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
THEMES := $(VENV)/bin/themes
WORKSPACE ?= werkmap-demo
OUTPUT ?= uitvoer

.PHONY: setup demo test lint browser clean bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned to the local CPU build; otherwise the resolver pulls several GB of CUDA packages
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	rm -rf $(WORKSPACE)
	$(THEMES) run data/ --manifest data/manifest.csv --workspace $(WORKSPACE) --output $(OUTPUT)

# headless Chromium renders the HTML report in the tests
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

test: setup browser
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests bench

bench: setup
	$(PY) bench/redaction.py
	$(PY) bench/themes.py
	$(PY) bench/perf.py

clean:
	rm -rf $(VENV) $(WORKSPACE) $(OUTPUT) .pytest_cache
