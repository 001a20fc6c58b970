"""Figures of both eras, North to South, through the real refresh: each lands on the unit its code
names at the end of its period, and the provinces formed on 2025-07-01 get comparable series.

The inbox is tests/data/provinces: export figures as the press and the Ministry of Industry and
Trade published them (each row with its sentence, each source with its address), and a few
illustrative rows for the new Ninh Bình's predecessors, labelled as such in their source.
"""

import csv
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from flows.refresh import warehouse_refresh

DATA = Path(__file__).parent / "data" / "provinces"
TO_USD_MN = {"usd_mn": Decimal(1), "usd_bn": Decimal(1000)}


def published_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def level(rows: list[dict[str, str]], code: str, period: str) -> tuple[Decimal, Decimal]:
    """A level as published, in million USD, and half of its last digit."""
    (row,) = [r for r in rows if (r["province_code"], r["period"], r["measure"]) == (code, period, "level")]
    decimals = len(row["value"].partition(".")[2])
    return Decimal(row["value"]) * TO_USD_MN[row["unit"]], Decimal("0.5").scaleb(-decimals) * TO_USD_MN[row["unit"]]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    inbox = tmp_path_factory.mktemp("inbox")
    for csv_file in DATA.glob("*.csv"):
        shutil.copy(csv_file, inbox / csv_file.name)
    warehouse_dir = tmp_path_factory.mktemp("warehouse")
    warehouse_refresh(inbox=str(inbox), warehouse_dir=str(warehouse_dir))
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        yield con


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[dict[str, object]]:
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_a_reused_code_names_the_old_unit_until_the_change_and_the_new_one_after(warehouse):
    published = published_rows("published.csv")
    facts = {
        (r["province_key"], r["year"]): r
        for r in rows(warehouse, "select * from marts.fct_exports_by_year where province_code = '24'")
    }
    assert facts[("24@origin", 2023)]["province_name"] == "Bắc Giang"
    assert facts[("24@origin", 2023)]["value"] == level(published, "24", "2023")[0].quantize(Decimal("0.001"))
    assert facts[("24@2025-07-01", 2025)]["province_name"] == "Bắc Ninh"
    assert facts[("24@2025-07-01", 2025)]["value"] == level(published, "24", "2025")[0]

    months = {
        r["period"]: r["province_key"]
        for r in rows(warehouse, "select period, province_key from marts.fct_observations where province_code = '24'")
    }
    assert (months["2025-M06"], months["2025-M07"]) == ("24@origin", "24@2025-07-01")


def test_a_closed_code_loads_for_periods_ending_before_the_change(warehouse):
    old_bac_ninh = rows(
        warehouse,
        "select period, province_key from marts.fct_observations where province_code = '27' order by period",
    )
    assert [(r["period"], r["province_key"]) for r in old_bac_ninh] == [
        ("2023", "27@origin"),
        ("2025-M02", "27@origin"),
        ("2025-M06", "27@origin"),
    ]


def test_units_of_north_centre_and_south_in_both_eras_reach_the_facts(warehouse):
    keys = {r["province_key"] for r in rows(warehouse, "select distinct province_key from marts.fct_exports_by_year")}
    north = {"24@origin", "27@origin", "31@origin", "24@2025-07-01", "31@2025-07-01", "19@2025-07-01"}
    centre = {"44@origin", "58@origin", "67@origin"}
    south = {"74@origin", "75@origin", "79@origin", "75@2025-07-01", "79@2025-07-01"}
    assert north | centre | south <= keys
    quang_ngai = rows(warehouse, "select province_key from marts.fct_observations where period = '2022-YTD08'")
    assert {r["province_key"] for r in quang_ngai} == {"51@origin"}


def test_a_figure_on_the_new_boundaries_belongs_to_the_new_unit_and_its_growth_is_checked_there(warehouse):
    published = published_rows("published.csv")
    (row_2025,) = rows(
        warehouse,
        "select growth_pct from marts.fct_exports_by_year where province_key = '24@2025-07-01' and year = 2025",
    )
    (level_2024, _), (level_2025, _) = level(published, "24", "2024"), level(published, "24", "2025")
    assert row_2025["growth_pct"] == ((level_2025 / level_2024 - 1) * 100).quantize(Decimal("0.01"))
    (observation,) = rows(
        warehouse,
        "select province_key, boundaries_as_of::varchar as day from marts.fct_observations"
        " where province_code = '24' and period = '2024'",
    )
    assert observation == {"province_key": "24@2025-07-01", "day": "2025-07-01"}


def test_the_new_ninh_binh_sums_its_three_predecessors_and_checks_its_2025_growth(warehouse):
    illustrative = published_rows("illustrative_figures.csv")
    predecessors = [level(illustrative, code, "2024") for code in ("35", "36", "37")]
    expected = sum(value for value, _ in predecessors)
    expected_lower = sum(value - half for value, half in predecessors)
    expected_upper = sum(value + half for value, half in predecessors)

    series = {
        (r["year"], r["is_derived"]): r
        for r in rows(
            warehouse,
            "select * from marts.fct_comparable_series"
            " where province_key = '37@2025-07-01' and indicator_code = 'export_value'",
        )
    }
    derived = series[(2024, True)]
    assert (derived["value"], derived["value_lower"], derived["value_upper"]) == (
        expected,
        expected_lower,
        expected_upper,
    )
    assert (derived["value_status"], derived["predecessor_count"], derived["predecessors_with_level"]) == (
        "derived",
        3,
        3,
    )
    assert derived["source_ids"] == "illustrative-ninh-binh"

    published_2025 = series[(2025, False)]
    level_2025, half = level(published_rows("published.csv"), "37", "2025")
    assert published_2025["growth_from_derived"] is True
    assert published_2025["growth_pct"] == ((level_2025 / expected - 1) * 100).quantize(Decimal("0.01"))
    lowest, highest = (level_2025 - half) / expected_upper - 1, (level_2025 + half) / expected_lower - 1
    assert lowest * 100 <= Decimal("65.7") <= highest * 100
    assert published_2025["growth_check"] == "consistent"


def test_no_sum_where_a_predecessor_has_no_level_and_the_reason_names_it(warehouse):
    (hcmc_2023,) = rows(
        warehouse,
        "select * from marts.fct_comparable_series where province_key = '79@2025-07-01' and year = 2023",
    )
    assert hcmc_2023["value"] is None
    assert (hcmc_2023["predecessor_count"], hcmc_2023["predecessors_with_level"]) == (3, 2)
    assert hcmc_2023["no_sum_reason"] == "no level for 77 Bà Rịa - Vũng Tàu"


def test_an_index_does_not_add_up_so_its_growth_across_the_change_is_unverifiable(warehouse):
    iip = {
        r["year"]: r
        for r in rows(
            warehouse,
            "select * from marts.fct_comparable_series"
            " where province_key = '37@2025-07-01' and indicator_code = 'industrial_production_index'",
        )
    }
    assert iip[2024]["value"] is None and "does not add up" in iip[2024]["no_sum_reason"]
    assert iip[2025]["growth_check"] == "unverifiable"
    assert "does not add up" in iip[2025]["growth_unverifiable_reason"]
