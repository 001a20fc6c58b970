"""`python -m flows run`, as a user runs it: with a Prefect API (as served runs are) and without
one (as `make run` is), in an environment holding nothing of ours."""

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from flows.settings import PROJECT_DIR

PRIVATE_VARIABLES = (
    "DO_NOT_TRACK",
    "PREFECT_SERVER_ANALYTICS_ENABLED",
    "DBT_SEND_ANONYMOUS_USAGE_STATS",
    "PREFECT_HOME",
)
SUMMARY_START = "Published "


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The command with its output to a pipe, both streams in the order they were written."""
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )


def clean_env(home: Path, **env: str) -> dict[str, str]:
    """What a fresh login shell might hold: a PATH and a home, none of the project's variables."""
    return {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8"} | env


def summary_of(output: str) -> list[str]:
    """The closing summary: everything from its first line on, which must end the output."""
    lines = output.rstrip("\n").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(SUMMARY_START)]
    assert starts, output
    return lines[starts[-1] :]


def test_a_run_with_a_prefect_api_publishes_and_ends_with_its_summary(tmp_path: Path, prefect_server: str):
    warehouse = tmp_path / "warehouse"
    env = os.environ | {"PREFECT_API_URL": prefect_server, "WAREHOUSE_DIR": str(warehouse)}
    result = run_cli("run", "--verbose", env=env)
    assert result.returncode == 0, result.stdout
    assert "\x1b" not in result.stdout  # a pipe gets no colour or cursor codes, even dbt's and Prefect's
    assert "Finished running" in result.stdout  # --verbose shows dbt's own log

    summary = summary_of(result.stdout)
    assert summary[0] == f"Published {warehouse / 'warehouse.duckdb'} from 43 observations"
    assert "  marts.fct_exports_by_year: 5 rows, 2019-2022" in summary
    assert f"Docs site:   {warehouse / 'docs' / 'index.html'}" in summary
    assert f"Spreadsheet: {warehouse / 'exports' / 'warehouse.xlsx'}" in summary
    assert f"Run report:  {warehouse / 'run_report.md'}" in summary
    assert summary[-1].startswith("Try:         .venv/bin/python -m flows query ")

    logs = warehouse / "logs"
    assert "Finished running" in (logs / "dbt.log").read_text(encoding="utf-8")
    refresh_log = (logs / "refresh.log").read_text(encoding="utf-8")
    assert "flows.stages: publish:" in refresh_log
    assert "prefect.flow_runs" in refresh_log  # Prefect's own lines, kept with ours


def test_a_plain_run_sends_nothing_writes_only_its_warehouse_and_says_what_to_try(tmp_path: Path):
    home, warehouse = tmp_path / "home", tmp_path / "warehouse"
    home.mkdir()
    result = run_cli("run", env=clean_env(home, WAREHOUSE_DIR=str(warehouse)))
    assert result.returncode == 0, result.stdout
    assert "telemetry" not in result.stdout.lower()
    assert list(home.iterdir()) == []  # no ~/.prefect, ~/.dbt or anything else in the user's home

    assert "\x1b" not in result.stdout
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:6]] == ["load", "build", "docs", "publish", "export", "report"]
    summary = summary_of(result.stdout)
    assert len(lines) < 25  # a line per stage and the summary: dbt's log is in the file only
    assert "  marts.fct_industrial_output_by_year: 7 rows, 2017-2023" in summary
    # Nam Định's 2020 retail plan is at current prices like the yearbook's 2019 level: consistent.
    assert "Checks of published figures: 5 consistent, 4 inconsistent, 12 unverifiable" in summary
    assert "Finished running" in (warehouse / "logs" / "dbt.log").read_text(encoding="utf-8")

    # The query it suggests runs as printed and shows both verdicts.
    try_command = shlex.split(summary[-1].removeprefix("Try:"))
    assert try_command[0] == ".venv/bin/python"
    tried = subprocess.run(
        [sys.executable, *try_command[1:]],
        cwd=PROJECT_DIR,
        env=clean_env(home, WAREHOUSE_DIR=str(warehouse)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert tried.returncode == 0, tried.stderr
    assert "| inconsistent" in tried.stdout and "| consistent" in tried.stdout


def test_the_package_turns_telemetry_off_unless_the_user_chose(tmp_path: Path):
    show = f"import flows, os, json; print(json.dumps({{k: os.environ[k] for k in {PRIVATE_VARIABLES!r}}}))"
    defaults = subprocess.run(
        [sys.executable, "-c", show],
        cwd=tmp_path,
        env=clean_env(tmp_path, PYTHONPATH=str(PROJECT_DIR)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(defaults.stdout) == {
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "PREFECT_HOME": str(PROJECT_DIR / ".prefect"),
    }
    chosen = subprocess.run(
        [sys.executable, "-c", show],
        cwd=tmp_path,
        env=clean_env(tmp_path, PYTHONPATH=str(PROJECT_DIR), PREFECT_HOME=str(tmp_path / "mine")),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(chosen.stdout)["PREFECT_HOME"] == str(tmp_path / "mine")


def test_rejected_input_exits_non_zero_naming_the_row(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bad.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit\n"
        "baonamdinh-2020-01-sct-tong-ket-2019,36,export_value,2021,level,target,2200,tons\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = run_cli("run", "--inbox", str(inbox), "--warehouse-dir", str(tmp_path / "wh"), env=env)
    assert result.returncode == 1
    assert "inbox/bad.csv:2: unit: unknown code" in result.stdout
    assert not (tmp_path / "wh" / "warehouse.duckdb").exists()
