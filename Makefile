# Parcours: `make test` sets everything up from a fresh clone, then lints,
# type-checks and runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp


export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Strict typing everywhere, the Qt layer included.
MYPY := $(VENV)/bin/mypy --strict app benchmarks

.PHONY: test run bench package install-desktop uninstall-desktop lint typecheck check system-deps venv clean screenshots translations qm

test: system-deps $(STAMP) qm
	$(VENV)/bin/ruff check --quiet app tests scripts benchmarks packaging
	$(MYPY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Opens the editor: the last map, or the sample map on first launch.
run: system-deps $(STAMP) qm
	$(VENV)/bin/parcours

# The benchmark suite (benchmarks/): Parcours against bare PySide6/reportlab baselines on
# 200, 2,000 and 10,000-touchpoint maps; prints a table, writes JSON (docs/performance.md).
bench: system-deps $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

# A one-folder application bundle (PyInstaller) and its archive in dist/, then a smoke test
# of the unpacked archive outside the source tree (docs/packaging.md).
package: system-deps $(STAMP) qm
	$(PY) packaging/build.py $(PACKAGE_ARGS)

# Menu entry, icons and the .journey file type for the current user (uninstall removes
# exactly what install wrote).
install-desktop: $(STAMP) qm
	$(PY) packaging/desktop.py install $(DESKTOP_ARGS)

uninstall-desktop:
	$(PY) packaging/desktop.py uninstall $(DESKTOP_ARGS)

# Regenerates the screenshots in docs/ from the real application (offscreen).
screenshots: system-deps $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# Adds new source strings to the French catalogues (app/data/translations/*.ts), keeping
# the translations, then compiles them; `qm` only compiles (the .qm files are never committed).
translations: $(STAMP)
	$(PY) scripts/translations.py

qm: $(STAMP)
	$(PY) scripts/translations.py --compile

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests scripts benchmarks packaging

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
