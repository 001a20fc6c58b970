"""`python -m flows query`: table or CSV output, and no way to write."""

import csv
import io
import subprocess
import sys

import pytest

from flows.cli import main
from flows.settings import PROJECT_DIR


def test_query_prints_a_table(published):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows",
            "query",
            "select year, target_value from marts.fct_exports_by_year where province_code = '36' order by year",
        ],
        cwd=PROJECT_DIR,
        env={"WAREHOUSE_DIR": str(published.serving_path.parent), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [cell.strip() for cell in lines[1].split("|")[1:-1]] == ["year", "target_value"]
    assert [[cell.strip() for cell in line.split("|")[1:-1]] for line in lines[3:6]] == [
        ["2019", ""],
        ["2020", "2200.000"],
        ["2022", ""],
    ]
    assert lines[-1] == "(3 rows)"


def test_query_prints_csv(published, capsys):
    sql = "select province_name, year, target_value from marts.fct_exports_by_year order by province_name, year"
    assert main(["query", sql, "--csv", "--warehouse-dir", str(published.serving_path.parent)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        ["province_name", "year", "target_value"],
        ["Hà Nam", "2019", ""],
        ["Hà Nam", "2020", "3560.000"],
        ["Nam Định", "2019", ""],
        ["Nam Định", "2020", "2200.000"],
        ["Nam Định", "2022", ""],
    ]


@pytest.mark.parametrize(
    "sql",
    [
        "create table marts.scratch as select 1",
        "delete from marts.fct_exports_by_year",
        "copy (select 1) to '{outside}'",
        "attach '{outside}.duckdb' as other",
        "set enable_external_access = true",
    ],
)
def test_query_can_never_write(published, tmp_path, capsys, sql):
    before = published.serving_path.read_bytes()
    outside = tmp_path / "written"
    code = main(["query", sql.format(outside=outside), "--warehouse-dir", str(published.serving_path.parent)])
    assert code == 1
    assert capsys.readouterr().err.startswith("query failed: ")
    assert published.serving_path.read_bytes() == before
    assert list(tmp_path.iterdir()) == []


def test_query_without_a_warehouse_says_how_to_make_one(tmp_path, capsys):
    assert main(["query", "select 1", "--warehouse-dir", str(tmp_path)]) == 1
    assert "run `python -m flows run` first" in capsys.readouterr().err
