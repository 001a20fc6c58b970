# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Offline and private: no telemetry from Prefect or dbt; Prefect keeps its state in the project.
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect
export DBT_SEND_ANONYMOUS_USAGE_STATS := false

.PHONY: run serve test lint format clean

$(BIN)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $@

run: $(BIN)/.installed  ## build, audit and publish warehouse/warehouse.duckdb from the shipped figures
	$(BIN)/python -m flows run

serve: $(BIN)/.installed  ## refresh on a schedule (daily 06:00 Vietnam time); starts a local Prefect server unless PREFECT_API_URL is set
	$(BIN)/python -m flows serve

test: $(BIN)/.installed  ## every test: the Python suite, which also runs dbt build with its unit and data tests
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check flows tests
	$(BIN)/ruff format --check flows tests
	$(BIN)/sqlfluff lint models tests/singular

clean:
	rm -rf warehouse target logs .prefect
