# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run ask test lint format chromium clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU torch first, so sentence-transformers never pulls a CUDA build
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# ingest the bundled corpus and open the app on http://127.0.0.1:7860
run: $(STAMP)
	$(BIN)/reportqa ingest corpus/
	$(BIN)/reportqa serve

# answer one question from the command line: make ask Q="哪些乡镇聘请了法律顾问"
ask: $(STAMP)
	$(BIN)/reportqa ingest corpus/ >/dev/null
	$(BIN)/reportqa ask "$(Q)"

chromium:
	@(command -v chromium >/dev/null 2>&1 && fc-list :lang=zh | grep -q .) || \
		(apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# every check: lint, format, the whole test suite (browser test included)
test: $(STAMP) chromium lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
