"""The README's queries run as printed, from a checkout holding the published warehouse as
`warehouse/`, and its first query shows what a newcomer should see: levels, the growth they
allow, and published figures that agree and that do not."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flows.report import EXAMPLE_QUERY
from flows.settings import PROJECT_DIR

README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
QUERYING = README[README.index("## Querying") :].split("\n## ", 1)[0]
COMMANDS = re.findall(r"^```sh\n(\.venv/bin/.*?)\n```", QUERYING, re.DOTALL | re.MULTILINE)


@pytest.fixture
def checkout(published, tmp_path: Path) -> Path:
    (tmp_path / "warehouse").symlink_to(published.serving_path.parent)
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return tmp_path


def run(checkout: Path, command: str) -> str:
    env = os.environ | {"PYTHONPATH": str(PROJECT_DIR)}
    result = subprocess.run(["bash", "-c", command], cwd=checkout, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_readme_suggests_the_flows_query_and_the_duckdb_cli():
    assert [c.split()[0] for c in COMMANDS] == [".venv/bin/python", ".venv/bin/python", ".venv/bin/duckdb"]
    assert COMMANDS[0] == f'.venv/bin/python -m flows query "{EXAMPLE_QUERY}"'  # as the summary's "Try"


def test_the_first_query_shows_levels_consistent_and_inconsistent_figures(checkout: Path):
    lines = run(checkout, COMMANDS[0]).splitlines()
    header, *rows = [[cell.strip() for cell in line.split("|")[1:-1]] for line in lines if line.startswith("| ")]
    checks = {tuple(row[:4]): dict(zip(header, row, strict=True)) for row in rows}
    # Nam Định's yearbook levels allow 13.76 %, the press published "13,8%": they agree.
    retail = checks[("36", "retail_sales_services", "2023", "growth")]
    assert (retail["denominator_value"], retail["numerator_value"]) == ("60300.468000000", "68597.645000000")
    assert (retail["published_as_printed"], retail["verdict"]) == ("13,8%", "consistent")
    # Hà Nam's 2020 levels allow at most +2 %, the same article printed "a 19 percent increase".
    output = checks[("35", "industrial_output_value", "2020", "growth")]
    assert (output["published_as_printed"], output["verdict"]) == ("a 19 percent increase", "inconsistent")


@pytest.mark.parametrize("command", COMMANDS[1:], ids=["flows-query", "duckdb-cli"])
def test_a_readme_query_runs_as_printed(checkout: Path, command: str):
    assert "Nam Định" in run(checkout, command)
