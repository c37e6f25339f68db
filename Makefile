# Tactful: `make run` starts the desk with demo data; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEBIAN_PACKAGES := libhunspell-dev hunspell-hu hunspell-ro myspell-et hunspell-en-us hunspell-en-gb \
	fonts-noto-cjk fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils dovecot-imapd
BROWSER_PACKAGES := chromium
# Estonian spelling uses Vabamorf, the compiled analyser and lexicon inside estnltk; Tactful
# loads only that extension (tactful/protocol/vabamorf.py), so estnltk is installed without
# its dependencies (pandas, nltk, matplotlib, ...). The loader knows this version's layout.
VABAMORF_PACKAGE := estnltk==1.7.5

# NATIVE=0 skips compiling the checker's hot modules with mypyc (pure Python then runs).
NATIVE ?= 1
NATIVE_MAIN := import sys; from tactful.protocol.native import main; sys.exit(main())

.PHONY: run test test-postgres bench lint system-packages browser setup native native-clean demo clean

## The Debian packages Tactful needs (dictionaries, fonts, PDF libraries); skipped when present.
system-packages:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

browser:
	@dpkg -s $(BROWSER_PACKAGES) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; }

$(STAMP): pyproject.toml Makefile
	@$(MAKE) --no-print-directory system-packages
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@$(BIN)/python -m pip install -q --no-deps --only-binary :all: '$(VABAMORF_PACKAGE)'
	@touch $(STAMP)

setup: $(STAMP)
ifneq ($(NATIVE),0)
	@$(MAKE) --no-print-directory native
endif

## Compile the checker's hot modules with mypyc when missing or stale (docs/checker.md,
## "Compilation and speed"); a failure leaves pure Python running and never fails setup.
native: $(STAMP)
	@TACTFUL_PURE_PYTHON=1 $(BIN)/python -c '$(NATIVE_MAIN)' --if-stale || \
	  echo "make native: the checker runs in pure Python (see the message above)"

native-clean:
	@$(BIN)/python -c '$(NATIVE_MAIN)' --clean

## Set up, migrate, load the demo once, and serve at http://$(HOST):$(PORT)
run: $(STAMP)
	@$(BIN)/tactful migrate --noinput -v0
	@$(BIN)/tactful demo --once
	@$(BIN)/tactful serve --host $(HOST) --port $(PORT)

## Set up and run the whole test suite (DATABASE_URL picks the database; SQLite by default)
test: setup browser
	@$(BIN)/python -m pytest -n 2 --dist loadfile -q

test-postgres: setup browser
	@DATABASE_URL=$${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/tactful} \
	  $(BIN)/python -m pytest -n 2 --dist loadfile -q

## Benchmarks: figures as ratios against a baseline measured in the same run
bench: setup
	@$(BIN)/python -m bench

lint: $(STAMP)
	@$(BIN)/ruff check tactful tests bench
	@$(BIN)/mypy tactful

clean: native-clean
	rm -rf $(VENV) var *.egg-info test-artifacts
