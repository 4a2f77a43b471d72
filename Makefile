# The README's two commands: `make demo` and `make test`. Both set up everything on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
THEMES := $(VENV)/bin/themes
WORKSPACE ?= werkmap-demo
OUTPUT ?= uitvoer
# the real documents beside the project (never read by `make test`)
SHARED ?= ../shared

# The real-document checks of `make check-real`, one line each; each runs as `SCRIPT --check --shared $(SHARED)`
# and fails the target when a number falls below its target.
REAL_CHECKS := bench/check_real.py
REAL_CHECKS += bench/redaction.py
REAL_CHECKS += bench/themes.py
# not wired yet: they take --check --shared, but their numbers miss the issues' targets today (README, "Measured");
# move a line up into REAL_CHECKS when its script passes, so CI keeps failing below target
REAL_PENDING := bench/flags.py

.PHONY: setup demo test check-real lint browser clean bench

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

# only tests/ (pyproject's testpaths): what the repository holds, no benchmarks, no ../shared
test: setup browser
	$(PY) -m pytest -q

# the benchmarks on real documents; a missing $(SHARED) is an error, never a pass
check-real: setup
	@test -d "$(SHARED)" || { echo "fout: $(SHARED) ontbreekt: de echte documenten (real/, corpus/) horen naast het project (of geef SHARED=MAP)" >&2; exit 2; }
	@set -e; for script in $(REAL_CHECKS); do \
		echo "== $$script --check --shared $(SHARED)"; \
		test -f "$$script" || { echo "fout: $$script bestaat niet" >&2; exit 2; }; \
		nice $(PY) $$script --check --shared "$(SHARED)"; \
	done
	@if [ -n "$(strip $(REAL_PENDING))" ]; then echo "let op: nog niet aangesloten op check-real: $(strip $(REAL_PENDING))"; fi

lint: setup
	$(VENV)/bin/ruff check src tests bench

bench: setup
	$(PY) bench/redaction.py
	$(PY) bench/themes.py
	$(PY) bench/perf.py

clean:
	rm -rf $(VENV) $(WORKSPACE) $(OUTPUT) .pytest_cache
