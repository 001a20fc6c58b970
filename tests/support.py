"""What the tests share: running the real command, fingerprinting a warehouse, reading an article
of the extractor's evaluation corpus."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.extract import extract_article
from flows.load import load_raw
from flows.raw_files import find_raw_files
from flows.reference import load_reference
from flows.settings import PROJECT_DIR


def load_folders(build_path: Path, folders: list[Path], labels: list[str]) -> dict[str, int]:
    """The loader on its own, as a refresh runs it: raw tables in a new build file."""
    return load_raw(find_raw_files(folders, labels), load_reference(), build_path)


def raw_rows(build_path: Path, table: str) -> list[dict[str, object]]:
    """Every row of raw.<table>, as column -> value, in the order of the files and their lines."""
    with duckdb.connect(str(build_path), read_only=True) as con:
        cursor = con.execute(f"select * exclude (loaded_at) from raw.{table} order by file_name, file_line")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def cli_env(api_url: str, **env: str) -> dict[str, str]:
    return os.environ | {"PREFECT_API_URL": api_url} | env


def run_cli(*args: str, api_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m flows ...` as a user runs it, against the test Prefect server."""
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        cwd=PROJECT_DIR,
        env=cli_env(api_url, **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def start_cli(*args: str, api_url: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "flows", *args],
        cwd=PROJECT_DIR,
        env=cli_env(api_url, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def mart_checksums(serving_path: Path) -> dict[str, str]:
    """An md5 per marts table over its rows in a fixed order: equal checksums, equal contents."""
    with duckdb.connect(str(serving_path), read_only=True) as con:
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
            ).fetchall()
        ]
        return {
            table: con.execute(
                f"select md5(coalesce(string_agg(row_text, chr(10) order by row_text), '')) "
                f"from (select cast(t as varchar) as row_text from marts.{table} as t)"
            ).fetchone()[0]
            for table in tables
        }


# DuckDB shares one database instance among a process's connections to a path, so a reader
# that must keep the old file while others reopen the path lives in a process of its own.
_HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
count = "select count(*) from marts.fct_observations"
print(con.execute(count).fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute(count).fetchone()[0], flush=True)
"""


class ReaderHoldingTheFile:
    """A read-only reader in another process that keeps the serving file open; it counts the
    observations when it opens the file and again when asked."""

    def __init__(self, serving_path: Path):
        self._process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(serving_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.observations_at_open = int(self._process.stdout.readline())

    def observations_now(self) -> int:
        out, _ = self._process.communicate("\n", timeout=60)
        return int(out)


EVAL_DIR = PROJECT_DIR / "eval"


def eval_article(source_id: str) -> tuple[str, dict[str, str]]:
    """An article of eval/: its text, and its row of eval/corpus.csv (date, language, province, kind)."""
    with (EVAL_DIR / "corpus.csv").open(encoding="utf-8", newline="") as f:
        meta = next(row for row in csv.DictReader(f) if row["source_id"] == source_id)
    return (EVAL_DIR / "articles" / f"{source_id}.txt").read_text(encoding="utf-8"), meta


def assert_paragraph_rows(text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]) -> None:
    """`flows extract` on a real paragraph gives the rows an analyst transcribes (indicator, period,
    measure, comparator, value, printed form), all under the province given, each quoting the text."""
    published_on, language, province = publication
    result = extract_article(text, published_on, language, province)
    rows = {(r.indicator_code, r.period, r.measure, r.comparator, r.value, r.value_as_published) for r in result.rows}
    assert rows == expected
    assert all(r.province_code == province and r.quote in " ".join(text.split()) for r in result.rows)
