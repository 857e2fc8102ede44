# Lokaal Signaal — the two commands: `make run` and `make test`. Both bootstrap .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# links in e-mails and calendar files point to the port `make run` serves (unless LOKAALSIGNAAL_SITE_URL is set)
LOKAALSIGNAAL_SITE_URL ?= http://127.0.0.1:$(PORT)
DEMO_ENV := DJANGO_DEBUG=1 LOKAALSIGNAAL_DEMO=1
RUN_ENV = $(DEMO_ENV) LOKAALSIGNAAL_SITE_URL=$(LOKAALSIGNAAL_SITE_URL)

.PHONY: run test e2e bench lint check-deploy demo-code messages chromium clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

var:
	mkdir -p var

run: $(VENV)/.installed var  ## Demo: SQLite, reference + demo data, http://127.0.0.1:$(PORT)
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py load_reference_data
	$(RUN_ENV) $(PY) manage.py seed_demo
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed  ## The whole suite (browser tests too when Chromium is there or can be installed)
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)) || true; fi
	@if [ -x /usr/bin/chromium ]; then $(PY) -m pytest $(PYTEST_ARGS); else \
		echo "NOTE: /usr/bin/chromium not found: browser tests not selected (install Debian's chromium)"; \
		$(PY) -m pytest -m "not browser" $(PYTEST_ARGS); fi

e2e: $(VENV)/.installed  ## Only the browser tests, in Debian's Chromium
	@[ -x /usr/bin/chromium ] || apt-get install -y chromium
	$(PY) -m pytest -m browser $(PYTEST_ARGS)

bench: $(VENV)/.installed  ## Benchmarks; JSON results in bench/results/ (the soak: LOKAALSIGNAAL_SOAK_MINUTES, 5 here)
	@if ! command -v wrk >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get install -y -q wrk >/dev/null 2>&1 || true; fi  # bench/load_bench.py drives the pages with wrk
	@failed=""; for b in bench/*_bench.py; do echo "== $$b"; \
		LOKAALSIGNAAL_SOAK_MINUTES=$${LOKAALSIGNAAL_SOAK_MINUTES:-5} $(PY) $$b || failed="$$failed $$b"; done; \
		if [ -n "$$failed" ]; then echo "bars not met (see bench/results/):$$failed"; exit 1; fi

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(DEMO_ENV) $(PY) manage.py makemigrations --check --dry-run

check-deploy: $(VENV)/.installed  ## `check --deploy` with production settings
	DJANGO_SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	DJANGO_ALLOWED_HOSTS=lokaalsignaal.example.be $(PY) manage.py check --deploy --fail-level WARNING

demo-code: $(VENV)/.installed  ## Today's two-factor code of the demo coordinator, reader, region and admin
	@$(DEMO_ENV) $(PY) manage.py demo_code

messages: $(VENV)/.installed  ## Update and compile translations (needs GNU gettext)
	cd src/lokaalsignaal && $(DEMO_ENV) ../../$(PY) ../../manage.py makemessages -l en --no-obsolete && \
		$(DEMO_ENV) ../../$(PY) ../../manage.py compilemessages

clean:
	rm -rf $(VENV) var
