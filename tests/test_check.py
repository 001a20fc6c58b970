"""`python -m flows check` as an analyst runs it while typing figures in: every rule of the
contract on the shipped files and the inbox, and nothing built or written."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from flows.settings import PROJECT_DIR

DATA = Path(__file__).parent / "data"
CASES = ["every_error_of_a_file_at_once", "conflicting_duplicate_across_files", "published_on_not_a_date"]


def check(inbox: Path, warehouse: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    """The command in a checkout, with its warehouse folder and its temporary folder our own."""
    env = os.environ | {"WAREHOUSE_DIR": str(warehouse), "TMPDIR": str(scratch)}
    return subprocess.run(
        [sys.executable, "-m", "flows", "check", "--inbox", str(inbox)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    inbox, warehouse, scratch = tmp_path / "inbox", tmp_path / "warehouse", tmp_path / "tmp"
    for folder in (inbox, warehouse, scratch):
        folder.mkdir()
    return inbox, warehouse, scratch


def test_good_files_pass_with_a_count_and_nothing_is_written(tmp_path: Path):
    inbox, warehouse, scratch = folders(tmp_path)
    for csv_file in (DATA / "good").glob("*.csv"):
        shutil.copy(csv_file, inbox / csv_file.name)

    result = check(inbox, warehouse, scratch)

    assert result.returncode == 0, result.stdout + result.stderr
    # the shipped 9 figures and 1 source, the inbox's 6 and 2, in 2 + 5 files
    assert result.stdout.splitlines() == ["no problems: 15 observations and 3 sources in 7 files follow the contract"]
    assert list(warehouse.iterdir()) == [] and list(scratch.iterdir()) == []


def test_bad_files_are_named_line_by_line_with_exit_1_and_nothing_is_written(tmp_path: Path):
    inbox, warehouse, scratch = folders(tmp_path)
    expected = []
    for name in CASES:
        for csv_file in (DATA / "bad" / name).glob("*.csv"):
            shutil.copy(csv_file, inbox / f"{name}-{csv_file.name}")
        for message in (DATA / "bad" / name / "expected.txt").read_text(encoding="utf-8").splitlines():
            expected.append(message.replace("inbox/", f"inbox/{name}-"))

    result = check(inbox, warehouse, scratch)

    assert result.returncode == 1, result.stdout + result.stderr
    *problems, summary = result.stdout.splitlines()
    assert len(problems) == len(expected)
    assert all(p.startswith(e) for p, e in zip(sorted(problems), sorted(expected), strict=True))
    assert summary == f"{len(expected)} problem(s); a refresh would load nothing"
    assert list(warehouse.iterdir()) == [] and list(scratch.iterdir()) == []
