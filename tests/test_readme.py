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
    rows = [line for line in run(checkout, COMMANDS[0]).splitlines() if line.startswith("| 3")]
    nam_dinh_retail_2023 = next(r for r in rows if "| 36 " in r and "retail_sales_services | 2023" in r)
    assert "60300.468" in nam_dinh_retail_2023 and "| consistent" in nam_dinh_retail_2023
    ha_nam_output_growth_2020 = next(r for r in rows if "| 35 " in r and "industrial_output_value | 2020 | growth" in r)
    assert "19 percent" in ha_nam_output_growth_2020 and "| inconsistent" in ha_nam_output_growth_2020


@pytest.mark.parametrize("command", COMMANDS[1:], ids=["flows-query", "duckdb-cli"])
def test_a_readme_query_runs_as_printed(checkout: Path, command: str):
    assert "Nam Định" in run(checkout, command)
