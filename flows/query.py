"""Read-only SQL on the published warehouse: `python -m flows query "SQL" [--csv]`."""

import csv
import sys
from pathlib import Path
from typing import TextIO

import duckdb

# read_only: the file cannot change. No external access: no COPY ... TO, no ATTACH of a writable
# file, no reading or writing other files. Locked, so the SQL cannot switch either back on.
READ_ONLY_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def connect_read_only(serving_path: Path) -> duckdb.DuckDBPyConnection:
    if not serving_path.exists():
        raise FileNotFoundError(f"no published warehouse at {serving_path}; run `python -m flows run` first")
    return duckdb.connect(str(serving_path), read_only=True, config=READ_ONLY_CONFIG)


def run_query(serving_path: Path, sql: str, as_csv: bool = False, out: TextIO | None = None) -> int:
    """Print the result of `sql` as a table (or CSV) to `out` (stdout); return the number of rows."""
    out = out or sys.stdout
    with connect_read_only(serving_path) as con:
        relation = con.sql(sql)
        if relation is None:  # a statement without a result, e.g. SET
            return 0
        rows = relation.fetchall()
        if as_csv:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(relation.columns)
            writer.writerows(rows)
        else:
            out.write(_table(relation.columns, rows))
        return len(rows)


def _table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = "+-" + "-+-".join("-" * w for w in widths) + "-+"

    def render(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    body = [render(row) for row in cells]
    return "\n".join([line, render(columns), line, *body, line, f"({len(rows)} rows)", ""])
