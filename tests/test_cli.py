"""`python -m flows run`, as a user runs it, against the test run's Prefect server."""

import os
import subprocess
import sys
from pathlib import Path

from flows.settings import PROJECT_DIR


def run_cli(*args: str, api_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        cwd=PROJECT_DIR,
        env=os.environ | {"PREFECT_API_URL": api_url} | env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_run_publishes_and_prints_a_summary(tmp_path: Path, prefect_server: str):
    result = run_cli("run", api_url=prefect_server, WAREHOUSE_DIR=str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Published {tmp_path / 'warehouse.duckdb'}" in result.stdout
    assert "marts.fct_exports_by_year: 2 rows" in result.stdout
    assert "duckdb -readonly" in result.stdout
    assert (tmp_path / "warehouse.duckdb").exists()


def test_rejected_input_exits_non_zero_naming_the_row(tmp_path: Path, prefect_server: str):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bad.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit\n"
        "baonamdinh-2020-01-sct-tong-ket-2019,36,export_value,2021,level,target,2200,tons\n",
        encoding="utf-8",
    )
    result = run_cli("run", "--inbox", str(inbox), "--warehouse-dir", str(tmp_path / "wh"), api_url=prefect_server)
    assert result.returncode == 1
    assert "inbox/bad.csv:2: unit: unknown code" in result.stdout
    assert not (tmp_path / "wh" / "warehouse.duckdb").exists()
