"""Read each raw file once, into a table of its own in the build's raw_files schema: every record
as text, stripped, with its file and line.

DuckDB's CSV reader reads a well-formed file at full speed. Its records carry no line numbers,
but where every record sits on one line (no quoted line breaks, no blank lines) a record's line
is its position plus two, which a new table's row ids give. Any other file, and any file DuckDB
refuses, is read by Python's csv module instead, which names each line itself.
"""

import json
from pathlib import Path

import duckdb

from flows.raw_files import Problems, RawFile, check_no_nul, read_header, read_records

OBSERVATION_COLUMNS = {
    "source_id": True,
    "province_code": True,
    "indicator_code": True,
    "period": True,
    "measure": True,
    "status": True,
    "comparator": False,
    "value": True,
    "unit": True,
    "price_basis": False,
    "value_as_published": False,
    "quote": False,
    "boundaries_as_of": False,
}  # column -> required
SOURCE_COLUMNS = {
    "source_id": True,
    "title": True,
    "publisher": True,
    "published_on": True,
    "kind": True,
    "url": False,
    "author": False,
    "language": False,
}
COLUMNS_OF_KIND = {"observations": OBSERVATION_COLUMNS, "sources": SOURCE_COLUMNS}
# As the contract writes CSV: comma, double quotes doubled inside quotes, nothing sniffed.
CSV_DIALECT = "delim = ',', quote = '\"', escape = '\"', strict_mode = true, null_padding = false, auto_detect = false"


def read_into_tables(con: duckdb.DuckDBPyConnection, files: list[RawFile], scratch: Path, problems: Problems) -> None:
    """Every readable record of every file into a table of its own, raw_files.<kind>_<index>, and
    each kind's tables into one view, raw_files.<kind>; every file into raw.files; the rest
    named in problems."""
    tables: dict[str, list[str]] = {kind: [] for kind in COLUMNS_OF_KIND}
    for index, file in enumerate(files):
        if read := _read_file(con, index, file, scratch, problems):
            kind, table = read
            tables[kind].append(f"from {table}")
        con.execute(
            "insert into raw.files values (?, ?, ?, getvariable('loaded_at'))", [index, file.label, file.scan().sha256]
        )
    for kind, columns in COLUMNS_OF_KIND.items():
        every_column = ", ".join(f"null::varchar as {name}" for name in columns)
        none = f"select null::integer as file_index, {every_column}, null::integer as file_line where false"
        con.execute(f"create view raw_files.{kind} as {' union all by name '.join([none, *tables[kind]])}")


def _read_file(
    con: duckdb.DuckDBPyConnection, index: int, file: RawFile, scratch: Path, problems: Problems
) -> tuple[str, str] | None:
    """The file's kind and the table of its records, or None when it cannot be read."""
    header = read_header(file, problems)
    if header is None:
        return None
    kind, header_problems = _kind_of(header), Problems()
    if not header:
        header_problems.add(file, 1, "(file)", "is empty; expected a header row")
    elif kind is None:
        header_problems.add(file, 1, "(header)", "is neither an observations file nor a sources file", ",".join(header))
    elif _check_header(file, header, COLUMNS_OF_KIND[kind], header_problems):
        table = f"raw_files.{kind}_{index:05d}"
        if _read_by_duckdb(con, table, index, file, header):
            _strip(con, table, header)
            return kind, table
        if check_no_nul(file, problems):
            _read_by_python(con, table, index, file, header, scratch, problems)
            return kind, table
        return None
    if check_no_nul(file, problems):  # a binary file is named as such, whatever its first line
        problems.messages += header_problems.messages
    return None


def _kind_of(header: list[str]) -> str | None:
    if "indicator_code" in header:
        return "observations"
    if "title" in header:
        return "sources"
    return None


def _check_header(file: RawFile, header: list[str], columns: dict[str, bool], problems: Problems) -> bool:
    ok = True
    for column in header:
        if column not in columns:
            problems.add(file, 1, column, f"unknown column; expected only {', '.join(columns)}")
            ok = False
    if len(set(header)) != len(header):
        problems.add(file, 1, "(header)", "names a column twice")
        ok = False
    for column, required in columns.items():
        if required and column not in header:
            problems.add(file, 1, column, "required column is missing")
            ok = False
    return ok


def _create(con: duckdb.DuckDBPyConnection, table: str, index: int, header: list[str], reader: str, path: Path) -> None:
    """The file's columns, c0, c1, … by position, as `reader` (a DuckDB table function whose first
    argument is the path) reads them, into a table of their own under the header's names."""
    values = ", ".join(f'c{i} as "{name}"' for i, name in enumerate(header))
    con.execute(
        f"create table {table} as select ?::integer as file_index, * rename ({values}) from {reader}",
        [index, str(path)],
    )


def _read_by_duckdb(con: duckdb.DuckDBPyConnection, table: str, index: int, file: RawFile, header: list[str]) -> bool:
    """True when DuckDB read the file and each record sat on a line of its own, now numbered."""
    columns = {f"c{i}": "varchar" for i in range(len(header))}
    try:
        _create(con, table, index, header, f"read_csv(?, header = true, columns = {columns}, {CSV_DIALECT})", file.path)
    except duckdb.Error:
        return False  # Python's reader will say what is wrong with it, line by line
    (records,) = con.execute(f"select count(*) from {table}").fetchone()
    scan = file.scan()
    if scan.nul_line is None and scan.plain_line_ends and records + 1 == scan.lines:
        # a new table, never changed: its row ids are the records' order, and each record is a line
        con.execute(f"alter table {table} add column file_line integer")
        con.execute(f"update {table} set file_line = rowid + 2")
        return True
    con.execute(f"drop table {table}")  # a quoted line break or a blank line: lines cannot be counted
    return False


def _strip(con: duckdb.DuckDBPyConnection, table: str, header: list[str]) -> None:
    """Strip values as Python's reader does, so both readers give the rules the same values. Few
    values need it: finding them is cheap, stripping every value would not be."""
    stripped = ", ".join(f'"{name}" = intake.stripped("{name}")' for name in header)
    needed = " or ".join(f'coalesce(intake.needs_stripping("{name}"), false)' for name in header)
    con.execute(f"update {table} set {stripped} where {needed}")


def _read_by_python(
    con: duckdb.DuckDBPyConnection,
    table: str,
    index: int,
    file: RawFile,
    header: list[str],
    scratch: Path,
    problems: Problems,
) -> None:
    """Python's reader names each record's line; its records reach DuckDB as JSON lines, where a
    line break inside a value is escaped and cannot be taken for the end of a record."""
    names = [f"c{i}" for i in range(len(header))]
    with scratch.open("w", encoding="utf-8") as f:
        for line, values in read_records(file, len(header), problems):
            record = {"file_line": line} | {name: value or None for name, value in zip(names, values, strict=True)}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    columns = {"file_line": "integer"} | dict.fromkeys(names, "varchar")
    reader = f"read_json(?, format = 'newline_delimited', columns = {columns})"
    try:
        _create(con, table, index, header, reader, scratch)
    finally:
        scratch.unlink()
