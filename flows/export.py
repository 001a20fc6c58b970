"""Exports for spreadsheet and Power BI users: a Parquet file per mart table, one workbook of the facts.

The exports are written to a new folder, then a symlink is swapped onto it by rename, so a
reader sees the whole old export or the whole new one, never half of one.
"""

import math
import os
import shutil
import uuid
from decimal import Decimal
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from flows.published_numbers import decimals_of
from flows.reference import load_reference
from flows.settings import MEMORY_LIMIT, WORKBOOK_NAME

# Text starting with these is read as a formula by spreadsheet programs (CSV/formula injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LEVEL_COLUMNS = ("value", "target_value")  # in the row's unit; every other number in the facts is a percentage
PERCENT_FORMAT = "#,##0.00"  # the facts hold percentages as numbers of percent: 14.5 is 14.5 %
MAX_COLUMN_WIDTH = 60  # characters; longer text (a list of sources) is cut off on screen, never in the cell
HEADER_FONT = Font(bold=True)
BOLD_WIDENING = 1.1  # bold letters are about a tenth wider than the plain ones widths are counted in
FILTER_BUTTON_WIDTH = 2  # characters


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


def text_safe_cell(sheet: Worksheet, value: object, number_format: str | None = None) -> WriteOnlyCell:
    """A cell that shows its value; text that looks like a formula stays text."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True  # Excel and LibreOffice keep it text when the cell is edited, too
    if number_format:
        cell.number_format = number_format
    return cell


def number_formats(names: list[str], rows: list[tuple]) -> list[list[str | None]]:
    """A format per cell: percentages (`*_pct`, and levels in `pct`) with 2 decimals; other levels
    in the row's unit with thousands separators and as many decimals as the column needs in that
    unit; text, codes and years as they are."""
    unit = names.index("unit")
    levels = [i for i, name in enumerate(names) if name in LEVEL_COLUMNS]
    decimals: dict[tuple[int, str], int] = {}
    for row in rows:
        for i in levels:
            if isinstance(row[i], Decimal):
                key = (i, row[unit])
                decimals[key] = max(decimals.get(key, 0), decimals_of(row[i].normalize()))

    def format_of(i: int, row: tuple) -> str | None:
        if names[i].endswith("_pct") or (i in levels and row[unit] == "pct"):
            return PERCENT_FORMAT
        if i in levels:
            places = decimals.get((i, row[unit]), 0)
            return "#,##0" + ("." + "0" * places if places else "")
        return None

    return [[format_of(i, row) for i in range(len(names))] for row in rows]


def _shown(value: object, number_format: str | None) -> str:
    """About what a spreadsheet shows of the value, to size its column."""
    if value is None:
        return ""
    if number_format and isinstance(value, Decimal | int | float):
        return f"{value:,.{len(number_format.partition('.')[2])}f}"
    return str(value)


def column_widths(headers: list[str], rows: list[tuple], formats: list[list[str | None]]) -> list[float]:
    """Wide enough for the whole bilingual header (bold, beside its filter button) and every value,
    up to a limit for long text."""
    widths = [math.ceil(len(header) * BOLD_WIDENING) for header in headers]
    for row, row_formats in zip(rows, formats, strict=True):
        for i, (value, number_format) in enumerate(zip(row, row_formats, strict=True)):
            widths[i] = max(widths[i], len(_shown(value, number_format)))
    return [min(width, MAX_COLUMN_WIDTH) + FILTER_BUTTON_WIDTH for width in widths]


def write_workbook(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A sheet per yearly fact: a bold, frozen header row with a filter on it, columns as wide as
    their headers, and numbers formatted by unit."""
    workbook = Workbook(write_only=True)
    for fact in load_reference().fact_tables:
        columns = con.execute(
            "select column_name, comment from duckdb_columns()"
            " where schema_name = 'marts' and table_name = ? order by column_index",
            [fact],
        ).fetchall()
        rows = con.execute(f"select * from marts.{fact} order by all").fetchall()
        headers = [bilingual_header(name, comment) for name, comment in columns]
        formats = number_formats([name for name, _ in columns], rows)
        sheet = workbook.create_sheet(title=fact)
        # A write-only sheet takes its column widths before its first row.
        for i, width in enumerate(column_widths(headers, rows, formats), start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        header_cells = [text_safe_cell(sheet, header) for header in headers]
        for cell in header_cells:
            cell.font = HEADER_FONT
        sheet.append(header_cells)
        for row, row_formats in zip(rows, formats, strict=True):
            sheet.append([text_safe_cell(sheet, v, f) for v, f in zip(row, row_formats, strict=True)])
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
