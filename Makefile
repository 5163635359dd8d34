# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= data/beslut.db
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := tmux sqlite3 curl fonts-dejavu-core chromium openssl

.PHONY: run test lint bench system-deps demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages the tests and benchmarks drive for real (tmux for terminal runs, sqlite3 and
# curl for comparisons, fonts-dejavu-core: a TTF with å/ä/ö for the kallelser, protocols and
# extracts beslut writes and the PDFs the import tests make,
# openssl for the expediering test's STARTTLS certificate,
# chromium for the portal's real-browser test through Playwright's executable_path; never
# `playwright install`).
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(DEMO_DB): | $(STAMP)
	$(BIN)/beslut --db $(DEMO_DB) demo

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/beslut --db $(DEMO_DB) tui

lint: $(STAMP)
	$(BIN)/ruff check .

# Both cores (pytest-xdist): the suite waits on servers, browsers and subprocesses as much as it computes.
test: $(STAMP) system-deps lint
	$(BIN)/pytest -q -n 2

bench: $(STAMP) system-deps
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
