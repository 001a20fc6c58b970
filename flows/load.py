"""Write validated raw rows, with their lineage, into a fresh build database."""

import csv
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows.validate import ValidatedRaw

# BI drivers bundle older DuckDB: every file this project writes stays readable by DuckDB 1.4.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"
MEMORY_LIMIT = "1GB"  # as in profiles.yml: DuckDB spills to disk rather than grow past it

RAW_TABLES = {
    "sources": """
        source_id varchar primary key,
        title varchar not null,
        publisher varchar not null,
        published_on varchar not null,
        kind varchar not null,
        url varchar,
        author varchar,
        language varchar not null,
        file_name varchar not null,
        file_line integer not null,
        file_sha256 varchar not null,
        loaded_at timestamptz not null
    """,
    "observations": """
        source_id varchar not null,
        province_code varchar not null,
        indicator_code varchar not null,
        period varchar not null,
        measure varchar not null,
        status varchar not null,
        comparator varchar not null,
        value varchar not null,
        unit varchar not null,
        price_basis varchar,
        value_as_published varchar,
        published_decimals integer not null,
        precision_unit varchar not null,
        quote varchar,
        file_name varchar not null,
        file_line integer not null,
        file_sha256 varchar not null,
        loaded_at timestamptz not null
    """,
}


def connect_new_build(build_path: Path) -> duckdb.DuckDBPyConnection:
    """A new, empty build file; whatever an earlier build left there is discarded."""
    build_path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (build_path, build_path.with_name(build_path.name + ".wal")):
        leftover.unlink(missing_ok=True)
    return duckdb.connect(
        str(build_path),
        config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION, "memory_limit": MEMORY_LIMIT},
    )


def write_raw(validated: ValidatedRaw, build_path: Path) -> dict[str, int]:
    """Create raw.sources and raw.observations in a new build file; return the row counts."""
    loaded_at = datetime.now(UTC)
    tables = {"sources": validated.sources, "observations": validated.observations}
    with connect_new_build(build_path) as con:
        con.execute("create schema raw")
        for table, columns in RAW_TABLES.items():
            con.execute(f"create table raw.{table} ({columns})")
            names = [line.split()[0] for line in columns.strip().splitlines()][:-1]  # all but loaded_at
            _bulk_insert(con, f"raw.{table}", names, tables[table], loaded_at, build_path.parent / f"{table}.csv")
    return {table: len(records) for table, records in tables.items()}


def _bulk_insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    names: list[str],
    records: list[dict[str, object]],
    loaded_at: datetime,
    scratch: Path,
) -> None:
    """Row-by-row inserts cost a round trip each; one CSV handed to DuckDB's reader costs one.
    Every value is written as text (None as an empty field, read back as null) and cast by the
    table's own column types."""
    with scratch.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([record[n] for n in names] for record in records)
    try:
        columns = {n: "varchar" for n in names}
        con.execute(
            f"insert into {table} select *, ? from read_csv(?, header = false, columns = {columns}, quote = '\"', escape = '\"')",
            [loaded_at, str(scratch)],
        )
    finally:
        scratch.unlink()
