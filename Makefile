# Vänort: set up, run, test and check the program.
# Every target sets up what it needs first and can be run again at any time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# A demo database left half-written by a failed command is removed, not reused.
.DELETE_ON_ERROR:

# The interpreter that creates .venv; python3.11 is preferred when it is on PATH.
PYTHON ?= $(if $(shell command -v python3.11 2>/dev/null),python3.11,python3)
VENV := .venv
BIN := $(VENV)/bin
# Touched after a successful install; pyproject.toml being newer means install again.
STAMP := $(VENV)/.installed
DEMO_DB := .run/demo.sqlite3
# Extra arguments for pytest, e.g. make test ARGS="-k calendar -x"
ARGS ?=
# make install WITH_OFFICE=1 also installs LibreOffice Writer (headless), with
# which the tests check that the Word files open in an office suite.
WITH_OFFICE ?=

PIP_FLAGS := --disable-pip-version-check $(if $(CI),--progress-bar off,)

.PHONY: help install check-python system-deps office run test lint screenshots bench package clean

help:
	@echo "Vänort - make targets:"
	@echo "  make install      create .venv with the program and its test and dev tools"
	@echo "                    (on Debian/Ubuntu also the system libraries Qt needs);"
	@echo "                    WITH_OFFICE=1 also installs LibreOffice for the Word tests"
	@echo "  make run          open the program on a demo database in .run/ (created if missing)"
	@echo "  make test         run the whole test suite without a screen; ARGS=... goes to pytest"
	@echo "  make lint         ruff check, ruff format --check, mypy (strict on app/, db/ and ui/)"
	@echo "  make screenshots  render the screenshots into screenshots/"
	@echo "  make bench        run the benchmark (results in bench/results.json)"
	@echo "  make package      build the Windows package (packaging/build.sh)"
	@echo "  make clean        remove .venv, build output, .run, screenshots and caches"
	@echo "Use another interpreter with: make install PYTHON=/path/to/python3.11"

# The existing .venv decides once it is there; before that, $(PYTHON) does.
check-python:
	@if [ -x "$(BIN)/python" ]; then \
	    py="$(BIN)/python"; what="the Python of the existing $(VENV)"; \
	    fix="remove $(VENV) (make clean) and run: make install PYTHON=/path/to/python3.11"; \
	else \
	    py="$(PYTHON)"; what="PYTHON=$(PYTHON)"; \
	    fix="install Python 3.11 or run: make install PYTHON=/path/to/python3.11"; \
	fi; \
	if ! command -v "$$py" >/dev/null 2>&1; then \
	    echo "Vänort needs Python 3.11 or newer, but $$what was not found; $$fix" >&2; \
	    exit 1; \
	fi; \
	if ! found=$$("$$py" -c 'import platform; print(platform.python_version())' 2>/dev/null); then \
	    echo "Vänort needs Python 3.11 or newer, but $$what could not be run; $$fix" >&2; \
	    exit 1; \
	fi; \
	if ! "$$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
	    echo "Vänort needs Python 3.11 or newer, but $$what is Python $$found; $$fix" >&2; \
	    exit 1; \
	fi

system-deps: check-python
	@NEED_VENV=$$([ -x "$(BIN)/python" ] && echo 0 || echo 1) PYTHON="$(PYTHON)" \
	    bash .ci/system-deps.sh

$(STAMP): pyproject.toml | system-deps
	@if [ ! -x "$(BIN)/python" ]; then \
	    echo "Creating $(VENV) with $(PYTHON) ($$($(PYTHON) -c 'import sys; print(sys.version.split()[0])'))"; \
	    "$(PYTHON)" -m venv "$(VENV)"; \
	fi
	@if [ ! -e "$@" ] && "$(BIN)/python" .ci/venv_ready.py; then \
	    echo "$(VENV) already holds the project with its test and dev tools."; \
	else \
	    echo "Installing Vänort with its test and dev tools into $(VENV)"; \
	    "$(BIN)/python" -m pip install $(PIP_FLAGS) -e '.[test,dev]'; \
	fi
	@touch "$@"

install: system-deps $(STAMP) $(if $(WITH_OFFICE),office)

# LibreOffice Writer (headless), only when asked: a few hundred MB.
office:
	@bash .ci/office.sh

$(DEMO_DB): | install
	@mkdir -p "$(@D)"
	@echo "Creating the demo database $@"
	"$(BIN)/vanort" demo "$@"

run: install $(DEMO_DB)
	"$(BIN)/vanort" --database "$(DEMO_DB)"

test: install
	QT_QPA_PLATFORM=offscreen "$(BIN)/python" -m pytest $(ARGS)

# All three checks run, so one pass shows every problem; any failure fails the target.
lint: install
	@status=0; \
	echo "ruff check ."; "$(BIN)/ruff" check . || status=1; \
	echo "ruff format --check ."; "$(BIN)/ruff" format --check . || status=1; \
	echo "mypy"; "$(BIN)/mypy" || status=1; \
	exit $$status

screenshots: install
	QT_QPA_PLATFORM=offscreen "$(BIN)/python" -m ui.screenshots screenshots

bench: install
	"$(BIN)/python" -m bench

package: install
	bash packaging/build.sh

clean:
	rm -rf "$(VENV)" build dist .run screenshots .pytest_cache .mypy_cache .ruff_cache *.egg-info
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

# Refresh the Swedish catalogue from the source and compile it. Run after
# adding or changing tr()/translate() strings, then translate the new entries.
TS := resources/translations/vanort_sv.ts
QM := resources/translations/vanort_sv.qm
TS_EN := resources/translations/vanort_en.ts
QM_EN := resources/translations/vanort_en.qm
.PHONY: translations
translations: install
	"$(BIN)/pyside6-lupdate" -extensions py -no-obsolete -locations none \
	    -source-language en -target-language sv app ui -ts "$(TS)"
	"$(BIN)/pyside6-lrelease" -silent "$(TS)" -qm "$(QM)"
	# English is the source language; its catalogue holds only the plural forms.
	"$(BIN)/pyside6-lupdate" -extensions py -no-obsolete -locations none -pluralonly \
	    -source-language en -target-language en app ui -ts "$(TS_EN)"
	"$(BIN)/pyside6-lrelease" -silent "$(TS_EN)" -qm "$(QM_EN)"
