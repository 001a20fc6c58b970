"""Apply the raw files' rules (docs/contract.md) to the records read, as SQL over all rows at once.

The rules live in flows/sql/check_*.sql; this module runs them, reads each distinct printed
figure with Babel in between, and words every problem as `file:line: column: what is wrong (got …)`.
"""

import csv
from pathlib import Path

import duckdb

from flows.published_numbers import read_published
from flows.raw_files import Problems
from flows.reference import Reference

SQL_DIR = Path(__file__).parent / "sql"
READING_COLUMNS = (
    "value_as_published",
    "language",
    "unit",
    "problem",
    "value",
    "value_is_exact",
    "published_decimals",
    "precision_unit",
    "sign_note",
)


def run_sql(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute((SQL_DIR / name).read_text(encoding="utf-8"))


def add_reference(con: duckdb.DuckDBPyConnection, reference: Reference) -> None:
    """The catalogues the rules check codes against, as the loader's Python reads them from the seeds."""
    con.executemany(
        "insert into intake.units values (?, ?, ?)",
        [(u.code, u.mart_unit, str(u.factor_to_mart_unit)) for u in reference.units.values()],
    )
    con.executemany("insert into intake.indicators values (?, ?)", list(reference.indicator_units.items()))
    con.executemany(
        "insert into intake.provinces values (?, ?, ?)",
        [(code, first, last) for code, (first, last) in reference.province_years.items()],
    )
    for name, seed in reference.code_lists.items():  # the names are the project's own (CODE_LISTS)
        con.execute(f"create table intake.{name} as from read_csv(?, header = true)", [str(seed)])


def check_rows(con: duckdb.DuckDBPyConnection, reference: Reference, scratch: Path, problems: Problems) -> None:
    """Find every problem of the records read, and add each to `problems`, sources first, each
    file's in line order."""
    run_sql(con, "check_sources.sql")
    _read_printed_figures(con, reference, scratch)
    run_sql(con, "check_observations.sql")
    for file_name, line, column, what, got in con.execute(
        "select file_name, file_line, column_name, what, got from reported_problems"
    ).fetchall():
        problems.add_at(file_name, line, column, what, got)


def _read_printed_figures(con: duckdb.DuckDBPyConnection, reference: Reference, scratch: Path) -> None:
    """Babel reads each distinct printed figure once; the rules then compare every row with its reading.
    The readings reach DuckDB as one CSV: a row-by-row insert would cost a round trip each."""
    figures = con.execute("select * from printed_figures").fetchall()
    with scratch.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(READING_COLUMNS)
        for text, language, unit in figures:
            reading = read_published(text, language, reference.units[unit], reference)
            writer.writerow([text, language, unit, *(getattr(reading, c) for c in READING_COLUMNS[3:])])
    try:
        con.execute(
            "insert into intake.published_readings by name"
            " select * from read_csv(?, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')",
            [str(scratch)],
        )
    finally:
        scratch.unlink()
