"""The exports and the docs site that each publish leaves beside the warehouse."""

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook, load_workbook

from flows.export import WORKBOOK_NAME, export, text_safe_cell
from flows.reference import load_reference
from flows.settings import Settings


@pytest.fixture(scope="module")
def settings(published) -> Settings:
    return Settings(dir=published.serving_path.parent)


def _tables(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        names = con.execute("select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()
        return {name: con.execute(f"select count(*) from marts.{name}").fetchall()[0][0] for (name,) in names}


def test_every_mart_table_is_exported_to_parquet_whole(settings):
    tables = _tables(settings.serving_path)
    assert "fct_consistency_checks" in tables and "dim_province" in tables
    exported = {p.stem for p in settings.exports_link.glob("*.parquet")}
    assert exported == set(tables)
    with duckdb.connect(str(settings.serving_path), read_only=True) as con:
        for table in tables:
            parquet = str(settings.exports_link / f"{table}.parquet")
            difference = con.execute(
                f"select count(*) from ((from marts.{table} except all from read_parquet(?))"
                f" union all (from read_parquet(?) except all from marts.{table}))",
                [parquet, parquet],
            ).fetchall()
            assert difference == [(0,)], table


def test_the_workbook_has_a_sheet_per_yearly_fact_with_bilingual_headers_and_the_rows(settings):
    workbook = load_workbook(settings.exports_link / WORKBOOK_NAME, read_only=True)
    assert workbook.sheetnames == list(load_reference().fact_tables)
    with duckdb.connect(str(settings.serving_path), read_only=True) as con:
        for fact in load_reference().fact_tables:
            header, *rows = workbook[fact].iter_rows(values_only=True)
            columns = con.execute(
                "select column_name, comment from duckdb_columns()"
                " where schema_name = 'marts' and table_name = ? order by column_index",
                [fact],
            ).fetchall()
            for cell, (name, comment) in zip(header, columns, strict=True):
                vietnamese, english = cell.split(" / ")
                assert english == name
                assert comment.startswith(f"{vietnamese} / ")  # the Vietnamese term of the column's description
            expected = con.execute(f"select * from marts.{fact} order by all").fetchall()
            normalised = [tuple(float(v) if isinstance(v, Decimal) else v for v in row) for row in expected]
            assert rows == normalised
    assert "Mã tỉnh / province_code" in next(workbook["fct_exports_by_year"].iter_rows(values_only=True))


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path):
    dangerous = ['=HYPERLINK("http://example.invalid","x")', "+1+1", "-2+3", "@SUM(A1)", "=", "plain"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("s")
    sheet.append([text_safe_cell(sheet, value) for value in dangerous] + [text_safe_cell(sheet, -5)])
    path = tmp_path / "t.xlsx"
    workbook.save(path)

    with zipfile.ZipFile(path) as xlsx:
        sheet_xml = xlsx.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere
    (row,) = load_workbook(path).active.iter_rows()
    assert [c.value for c in row] == [*dangerous, -5]
    assert [c.data_type for c in row] == ["s"] * len(dangerous) + ["n"]  # a number stays a number
    assert all(c.quotePrefix for c in row[:5]) and not row[5].quotePrefix


def test_a_new_export_replaces_the_old_one_whole_and_a_failed_one_changes_nothing(settings, tmp_path: Path):
    link = tmp_path / "exports"
    first = export(settings.serving_path, link)
    with (link / "fct_exports_by_year.parquet").open("rb") as held:  # a reader in the middle of a file
        second = export(settings.serving_path, link)
        assert link.resolve() == second.resolve() and not first.exists()
        assert held.read(4) == b"PAR1"  # the old file is still whole for whoever holds it
    with pytest.raises(duckdb.Error):
        export(tmp_path / "missing.duckdb", link)
    assert link.resolve() == second.resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["exports", second.name])  # nothing left over


def _embedded_json(page: str, name: str) -> dict:
    """dbt's static page embeds its manifest and catalog as `name:{...}` object literals."""
    return json.JSONDecoder().raw_decode(page, page.index(f"{name}:{{") + len(name) + 1)[0]


def test_the_docs_site_is_published_with_descriptions_in_both_languages(settings):
    page = settings.docs_path.read_text(encoding="utf-8")
    manifest, catalog = _embedded_json(page, "manifest"), _embedded_json(page, "catalog")
    node = "model.indicator_warehouse.fct_exports_by_year"
    assert manifest["nodes"][node]["description"].startswith("Xuất khẩu theo năm / exports by year")
    assert manifest["nodes"][node]["columns"]["province_code"]["description"].startswith("Mã tỉnh / province code")
    # The catalog was read from the audited build: the published columns and their types.
    assert {"province_code", "value", "growth_check"} <= set(catalog["nodes"][node]["columns"])


def test_every_mart_description_names_the_vietnamese_and_the_english_term(settings):
    with duckdb.connect(str(settings.serving_path), read_only=True) as con:
        monolingual = con.execute(
            "select table_name, column_name from duckdb_columns()"
            " where schema_name = 'marts' and coalesce(comment, '') not like '% / %'"
            " union all select table_name, null from duckdb_tables()"
            " where schema_name = 'marts' and coalesce(comment, '') not like '% / %'"
        ).fetchall()
    assert monolingual == []
