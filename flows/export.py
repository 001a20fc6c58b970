"""Exports for spreadsheet and Power BI users: a Parquet file per mart table, one workbook of the facts.

The exports are written to a new folder, then a symlink is swapped onto it by rename, so a
reader sees the whole old export or the whole new one, never half of one.
"""

import os
import shutil
import uuid
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from flows.reference import load_reference
from flows.settings import MEMORY_LIMIT

WORKBOOK_NAME = "warehouse.xlsx"
# Text starting with these is read as a formula by spreadsheet programs (CSV/formula injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
    ).fetchall()
    return [name for (name,) in rows]


def bilingual_header(column: str, comment: str | None) -> str:
    """'Mã tỉnh / province_code': the Vietnamese term of the column's description, then its name."""
    vietnamese, separator, _ = (comment or "").partition(" / ")
    return f"{vietnamese.strip()} / {column}" if separator else column


def text_safe_cell(sheet: Worksheet, value: object) -> WriteOnlyCell:
    """A cell that shows its value; text that looks like a formula stays text."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True  # Excel and LibreOffice keep it text when the cell is edited, too
    return cell


def write_workbook(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    workbook = Workbook(write_only=True)
    for fact in load_reference().fact_tables:
        sheet = workbook.create_sheet(title=fact)
        comments = con.execute(
            "select column_name, comment from duckdb_columns()"
            " where schema_name = 'marts' and table_name = ? order by column_index",
            [fact],
        ).fetchall()
        sheet.freeze_panes = "A2"
        sheet.append([text_safe_cell(sheet, bilingual_header(name, comment)) for name, comment in comments])
        for row in con.execute(f"select * from marts.{fact} order by all").fetchall():
            sheet.append([text_safe_cell(sheet, value) for value in row])
    workbook.save(path)


def _swap_in(new_folder: Path, link: Path) -> None:
    """Point `link` at `new_folder` in one rename; remove the folder it pointed at before."""
    previous = link.resolve() if link.is_symlink() else None
    pending = link.with_name(f".{link.name}-{uuid.uuid4().hex}")
    pending.symlink_to(new_folder.name, target_is_directory=True)
    os.replace(pending, link)
    if previous is not None and previous != new_folder.resolve():
        shutil.rmtree(previous, ignore_errors=True)


def export(serving_path: Path, exports_link: Path) -> Path:
    """Write every export of the published warehouse; return the folder `exports_link` now names."""
    folder = exports_link.with_name(f".{exports_link.name}-{uuid.uuid4().hex}")
    folder.mkdir(parents=True)
    try:
        # Within the memory limit, and free to write rows in any order: keeping the table's order
        # makes DuckDB hold row groups back, 3 GB for a national fct_observations.
        config = {"memory_limit": MEMORY_LIMIT, "preserve_insertion_order": False}
        with duckdb.connect(str(serving_path), read_only=True, config=config) as con:
            for table in _mart_tables(con):
                con.execute(f"copy marts.{table} to {_sql_path(folder / f'{table}.parquet')} (format parquet)")
            write_workbook(con, folder / WORKBOOK_NAME)
        _swap_in(folder, exports_link)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder
