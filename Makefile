# Parcours: `make test` sets everything up from a fresh clone, then lints,
# type-checks and runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp


export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Strict typing everywhere, the Qt layer included.
MYPY := $(VENV)/bin/mypy --strict app

.PHONY: test run bench lint typecheck check system-deps venv clean screenshots translations qm

test: system-deps $(STAMP) qm
	$(VENV)/bin/ruff check --quiet app tests scripts
	$(MYPY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Opens the editor: the last map, or the sample map on first launch.
run: system-deps $(STAMP) qm
	$(VENV)/bin/parcours

# Speed of the editor on a 2,000-touchpoint, 8-persona map (numbers, not pass/fail).
bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench.py $(BENCH_ARGS)

# Regenerates the screenshots in docs/ from the real application (offscreen).
screenshots: system-deps $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# Adds new source strings to the French catalogues (resources/translations/*.ts), keeping
# the translations, then compiles them; `qm` only compiles (the .qm files are never committed).
translations: $(STAMP)
	$(PY) scripts/translations.py

qm: $(STAMP)
	$(PY) scripts/translations.py --compile

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests scripts

typecheck: $(STAMP)
	$(MYPY)

check: lint typecheck test

system-deps:
	@scripts/qt-system-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
