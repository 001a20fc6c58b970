# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# DuckDB 1.4 alone, to prove that what BI drivers bundle opens the serving file.
DUCKDB_1_4 := duckdb==1.4.5
OLD_DUCKDB_VENV := .venv-duckdb14

# Telemetry off and Prefect's state in the project: the flows package sets both itself, so
# `make run` and `.venv/bin/python -m flows run` behave alike.

.PHONY: run serve test bench eval lint format clean

$(BIN)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $@

run: $(BIN)/.installed  ## build, audit and publish warehouse/warehouse.duckdb from the shipped figures
	$(BIN)/python -m flows run

serve: $(BIN)/.installed  ## refresh on a schedule (daily 06:00 Vietnam time); starts a local Prefect server unless PREFECT_API_URL is set
	$(BIN)/python -m flows serve

$(OLD_DUCKDB_VENV)/bin/.installed:
	$(PYTHON) -m venv $(OLD_DUCKDB_VENV)
	$(OLD_DUCKDB_VENV)/bin/pip install --quiet --disable-pip-version-check $(DUCKDB_1_4)
	touch $@

# Many tests run a whole refresh, mostly one core each: one worker per core (at most 4) runs them side by side.
test: $(BIN)/.installed $(OLD_DUCKDB_VENV)/bin/.installed  ## every test: the Python suite, which also runs dbt build with its unit and data tests
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist worksteal

SIZES ?= 1000,100000,1000000
REPEATS ?= 3
PAIRS ?= 4
bench: $(BIN)/.installed  ## time the refresh on the shipped figures and synthetic sizes: bench/results.json, docs/benchmarks.md
	$(BIN)/python -m bench.run --sizes $(SIZES) --repeats $(REPEATS) --pairs $(PAIRS)

eval: $(BIN)/.installed  ## score `flows extract` on the labelled articles of eval/ (tuning and held-out apart) and time it
	$(BIN)/python -m bench.extract_eval
	$(BIN)/python -m bench.label_agreement

lint: $(BIN)/.installed  ## ruff and sqlfluff: every model (dbt templater), the singular tests, the loader's SQL
	$(BIN)/ruff check flows tests bench
	$(BIN)/ruff format --check flows tests bench
	WAREHOUSE_BUILD_PATH=:memory: $(BIN)/sqlfluff lint models tests/singular  # compiling needs a database, not the build
	$(BIN)/sqlfluff lint --templater raw flows/sql  # the loader's own SQL: plain DuckDB, nothing to template

clean:
	rm -rf warehouse target logs .prefect $(OLD_DUCKDB_VENV)
