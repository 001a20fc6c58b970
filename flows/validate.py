"""Apply the raw files' rules (docs/contract.md) to the records read, as SQL over all rows at once.

The rules live in flows/sql/check_*.sql; this module runs them, reads each distinct printed
figure with Babel in between, and words every problem as `file:line: column: what is wrong (got …)`.
"""

import json
from pathlib import Path

import duckdb

from flows.published_numbers import read_published
from flows.raw_files import Problems
from flows.reference import Reference

SQL_DIR = Path(__file__).parent / "sql"
READING_TYPES = {
    "value_as_published": "varchar",
    "language": "varchar",
    "unit": "varchar",
    "problem": "varchar",
    "value": "varchar",
    "value_is_exact": "boolean",
    "published_decimals": "integer",
    "precision_unit": "varchar",
    "sign_note": "varchar",
}
READING_COLUMNS = tuple(READING_TYPES)


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
        "insert into intake.provinces values (?, ?, ?, ?, ?)",
        [(p.code, p.valid_from, p.valid_to, p.name_vi, p.successor_code) for p in reference.provinces],
    )
    con.executemany(
        "insert into intake.province_aliases values (?, ?, ?, ?)",
        [(a.code, a.alias, a.valid_from, a.valid_to) for a in reference.province_aliases],
    )
    for name, seed in reference.code_lists.items():  # the names are the project's own (CODE_LISTS)
        con.execute(f"create table intake.{name} as from read_csv(?, header = true)", [str(seed)])


def check_rows(con: duckdb.DuckDBPyConnection, reference: Reference, scratch: Path, problems: Problems) -> None:
    """Find every problem of the records read, and add each to `problems`, sources first, each
    file's in line order."""
    run_sql(con, "check_sources.sql")
    _read_printed_figures(con, reference, scratch)
    run_sql(con, "observation_provinces.sql")
    run_sql(con, "check_observations.sql")
    for file_name, line, column, what, got in con.execute(
        "select file_name, file_line, column_name, what, got from reported_problems"
    ).fetchall():
        problems.add_at(file_name, line, column, what, got)


def _read_printed_figures(con: duckdb.DuckDBPyConnection, reference: Reference, scratch: Path) -> None:
    """Babel reads each distinct printed figure once; the rules then compare every row with its reading.
    The readings reach DuckDB as JSON lines (a row-by-row insert would cost a round trip each),
    where a line break in a printed figure stays inside its value."""
    figures = con.execute("select * from printed_figures").fetchall()
    with scratch.open("w", encoding="utf-8") as f:
        for text, language, unit in figures:
            reading = read_published(text, language, reference.units[unit], reference)
            values = [text, language, unit, *(getattr(reading, c) for c in READING_COLUMNS[3:])]
            f.write(json.dumps(dict(zip(READING_COLUMNS, values, strict=True)), ensure_ascii=False) + "\n")
    try:
        con.execute(
            "insert into intake.published_readings by name"
            f" select * from read_json(?, format = 'newline_delimited', columns = {READING_TYPES})",
            [str(scratch)],
        )
    finally:
        scratch.unlink()
