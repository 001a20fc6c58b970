"""Every snippet of docs/bi.md marked as run (```sh tested, ```python tested, ```sql tested) runs
against the published warehouse, from a folder that holds it as `warehouse/`, like a checkout."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flows.query import run_query
from flows.settings import PROJECT_DIR

BI_DOC = PROJECT_DIR / "docs" / "bi.md"
SNIPPETS = re.findall(r"^```(\w+) tested\n(.*?)^```", BI_DOC.read_text(encoding="utf-8"), re.DOTALL | re.MULTILINE)


@pytest.fixture
def checkout(published, tmp_path: Path) -> Path:
    (tmp_path / "warehouse").symlink_to(published.serving_path.parent)
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return tmp_path


def test_the_bi_guide_has_runnable_snippets_of_each_kind():
    assert {kind for kind, _ in SNIPPETS} == {"sh", "python", "sql"}


@pytest.mark.parametrize(("kind", "code"), SNIPPETS, ids=[f"{k}-{i}" for i, (k, _) in enumerate(SNIPPETS)])
def test_a_bi_guide_snippet_runs(checkout: Path, kind: str, code: str):
    if kind == "sql":
        assert run_query(checkout / "warehouse" / "warehouse.duckdb", code, out=io.StringIO()) > 0
        return
    command = ["bash", "-euo", "pipefail", "-c", code] if kind == "sh" else [sys.executable, "-c", code]
    result = subprocess.run(
        command,
        cwd=checkout,
        env=os.environ | {"PYTHONPATH": str(PROJECT_DIR)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() or list(checkout.glob("*.csv"))  # it printed or wrote a result
