# Career Compare – `make run` serves the demo site, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DEV_ENV := DEBUG=true

.PHONY: install run serve test test-sqlite test-postgres test-scaleout lint format system-packages bench lighthouse check-deploy clean

install: $(INSTALLED)

$(INSTALLED): pyproject.toml constraints.txt
	@scripts/ensure-venv $(PYTHON)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint constraints.txt --editable ".[dev]"
	touch $(INSTALLED)

## The demo site on http://127.0.0.1:8000 with its task worker; emails print here.
run: install
	@scripts/serve-dev --check-port
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo
	$(DEV_ENV) scripts/serve-dev

## Everything CI runs: lint, migrations check, the suite on SQLite, then on PostgreSQL.
test: system-packages install lint check-deploy
	$(MAKE) test-sqlite
	$(MAKE) test-postgres
	$(MAKE) test-scaleout

test-sqlite: install
	$(PY) -m pytest

test-postgres: install
	scripts/with-postgres $(PY) -m pytest

## The production layout of deploy/ on loopback: PostgreSQL, Redis, nginx, two gunicorns,
## workers and the scheduler, with faults injected (tests/scaleout/, about two minutes).
test-scaleout: install
	$(PY) -m pytest -m scaleout -p no:cacheprovider tests/scaleout

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

system-packages:
	scripts/install-system-packages

## Seeds thousands of comparisons and measures pages under gunicorn, uncached and cached beside
## a 40 KiB floor, and the article through the nginx site file (needs wrk, nginx; redis-server
## optional); then search with 10,000
## comparisons on SQLite and (when installed) PostgreSQL; then one newsletter issue sent to
## 10,000 subscribers through a local SMTP server (see docs/benchmarks.md).
bench: install
	$(PY) scripts/bench.py
	if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then \
	  scripts/with-postgres $(PY) scripts/bench_search.py; else $(PY) scripts/bench_search.py; fi
	$(PY) scripts/bench_newsletter.py

## Lighthouse (mobile, light and dark) on the demo's home, list, article and role pages, served
## as in production; installs Node.js and Lighthouse on first use (see docs/benchmarks.md).
lighthouse: install
	$(PY) scripts/lighthouse.py

check-deploy: install
	SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	  ALLOWED_HOSTS=careercompare.example SITE_URL=https://careercompare.example \
	  $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3* media staticfiles .pytest_cache .ruff_cache
