# Vakwerk: `make run` starts the product with a demo organisation; `make test` runs everything.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export VAKWERK_DATABASE_URL ?= sqlite:///./vakwerk.db

.PHONY: install run test test-fast e2e openapi clients lint bench bench-deps system-deps clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

install: $(STAMP) $(NODE_STAMP)

# Debian packages the tests need: PostgreSQL binaries for the throw-away cluster, Chromium.
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install
	$(BIN)/vakwerk migrate
	VAKWERK_DEMO=$${VAKWERK_DEMO:-true} $(BIN)/vakwerk serve

test: install system-deps
	$(BIN)/ruff check backend tests bench clients
	$(BIN)/mypy
	$(BIN)/lint-imports
	npx --no-install spectral lint --fail-severity=error -r contract/spectral.yaml openapi/openapi.json
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not e2e" -x

e2e: install system-deps
	$(BIN)/pytest tests/e2e

openapi: $(STAMP)
	$(BIN)/python -m vakwerk.tools.contract > openapi/openapi.json.tmp
	mv openapi/openapi.json.tmp openapi/openapi.json

# The browser's ES module (our generator) and the Python client (openapi-python-client).
clients: openapi
	$(BIN)/python -m vakwerk.tools.jsclient openapi/openapi.json > frontend/src/api.js
	$(BIN)/python -m vakwerk.tools.pyclient openapi/openapi.json

lint: install
	$(BIN)/ruff check backend tests bench clients
	$(BIN)/ruff format --check backend tests bench clients
	$(BIN)/mypy
	$(BIN)/lint-imports
	npx --no-install spectral lint --fail-severity=error -r contract/spectral.yaml openapi/openapi.json

# The benchmark needs PostgreSQL and wrk (Debian), not the browser or npm packages.
bench-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v wrk >/dev/null 2>&1 || missing="$$missing wrk"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

bench: $(STAMP) bench-deps
	$(BIN)/python -m bench.request_path
	$(BIN)/python -m bench.dashboard_import

clean:
	rm -rf $(VENV) node_modules vakwerk.db vakwerk.db-wal vakwerk.db-shm
