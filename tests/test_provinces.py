"""Figures of both eras, North to South, through the real refresh: each lands on the unit its code
names at the end of its period, and the provinces formed on 2025-07-01 get comparable series.

The inbox is tests/data/provinces: export figures as the press and the Ministry of Industry and
Trade published them, and an index of one of the new Ninh Bình's predecessors as the press
published it (each row with its sentence, each source with its address). The sum of predecessors is
checked on the new Bắc Ninh, whose two predecessors both have a published 2023 level; no published
text here gives all three predecessors of the new Ninh Bình, or of the new Hồ Chí Minh City, a
level of one year (the press prints Bà Rịa - Vũng Tàu's 2024 exports without crude oil, which are
not its exports), and their sums stay refused, with the reason. The new Hồ Chí Minh City's 2025
growth is checked from its own 2024 level, published on the new boundaries.
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


def level_row(rows: list[dict[str, str]], code: str, period: str) -> dict[str, str]:
    (row,) = [r for r in rows if (r["province_code"], r["period"], r["measure"]) == (code, period, "level")]
    return row


def level(rows: list[dict[str, str]], code: str, period: str) -> tuple[Decimal, Decimal]:
    """A level as published, in million USD, and half of its last digit."""
    row = level_row(rows, code, period)
    decimals = len(row["value"].partition(".")[2])
    return Decimal(row["value"]) * TO_USD_MN[row["unit"]], Decimal("0.5").scaleb(-decimals) * TO_USD_MN[row["unit"]]


def comparable_series(con: duckdb.DuckDBPyConnection, province_key: str) -> dict[tuple[int, bool], dict[str, object]]:
    return {
        (r["year"], r["is_derived"]): r
        for r in rows(
            con,
            "select * from marts.fct_comparable_series where province_key = ? and indicator_code = 'export_value'",
            province_key,
        )
    }


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


def test_the_new_bac_ninh_sums_its_two_predecessors_and_grows_from_the_sum(warehouse):
    published = published_rows("published.csv")
    predecessors = [level(published, code, "2023") for code in ("24", "27")]
    expected = sum(value for value, _ in predecessors)
    expected_lower = sum(value - half for value, half in predecessors)
    expected_upper = sum(value + half for value, half in predecessors)

    series = comparable_series(warehouse, "24@2025-07-01")
    derived = series[(2023, True)]
    assert (derived["value"], derived["value_lower"], derived["value_upper"]) == (
        expected.quantize(Decimal("0.001")),
        expected_lower,
        expected_upper,
    )
    assert (derived["value_status"], derived["predecessor_count"], derived["predecessors_with_level"]) == (
        "derived",
        2,
        2,
    )
    assert derived["source_ids"] == "vdsc-xuat-khau-2023-theo-tinh"

    # 2024 on the new boundaries is the unit's own level; its growth is computed from the sum.
    # No text publishes the new Bắc Ninh's 2024 growth, so there is nothing to check it against.
    own_2024 = series[(2024, False)]
    level_2024, half = level(published, "24", "2024")
    assert own_2024["growth_from_derived"] is True
    assert own_2024["growth_pct"] == ((level_2024 / expected - 1) * 100).quantize(Decimal("0.01"))
    lowest, highest = (level_2024 - half) / expected_upper - 1, (level_2024 + half) / expected_lower - 1
    assert own_2024["growth_computed_lower"] <= lowest * 100 < highest * 100 <= own_2024["growth_computed_upper"]
    assert own_2024["growth_pct_reported"] is None and own_2024["growth_check"] is None


def test_the_new_ho_chi_minh_city_s_2025_growth_is_checked_across_the_merger(warehouse):
    published = published_rows("published.csv")
    (reported,) = [r for r in published_rows("new_ho_chi_minh_city.csv") if r["measure"] == "growth_pct"]
    series = comparable_series(warehouse, "79@2025-07-01")
    own_2025 = series[(2025, False)]

    # The customs' preliminary level outranks the city's estimate of the same year; the year
    # before is the city's own 2024 level, published on the new boundaries, not a sum.
    level_2025, half_2025 = level(published, "79", "2025")
    level_2024, half_2024 = level(published, "79", "2024")
    assert (own_2025["value"], own_2025["source_ids"]) == (level_2025, level_row(published, "79", "2025")["source_id"])
    assert own_2025["growth_from_derived"] is False
    assert own_2025["growth_pct"] == ((level_2025 / level_2024 - 1) * 100).quantize(Decimal("0.01"))
    lowest = ((level_2025 - half_2025) / (level_2024 + half_2024) - 1) * 100
    highest = ((level_2025 + half_2025) / (level_2024 - half_2024) - 1) * 100
    assert own_2025["growth_computed_lower"] <= lowest < highest <= own_2025["growth_computed_upper"]

    # The city's "tăng 7,0%" cannot come from the customs' levels: the check says so.
    growth = Decimal(reported["value"])
    half = Decimal("0.5").scaleb(-len(reported["value"].partition(".")[2]))
    apart = growth - half > own_2025["growth_computed_upper"] or growth + half < own_2025["growth_computed_lower"]
    assert apart
    assert (own_2025["growth_pct_reported"], own_2025["growth_reported_source_id"]) == (growth, reported["source_id"])
    assert (own_2025["growth_check"], own_2025["growth_unverifiable_reason"]) == ("inconsistent", None)


def test_no_sum_where_a_predecessor_has_no_level_and_the_reason_names_it(warehouse):
    (hcmc_2023,) = rows(
        warehouse,
        "select * from marts.fct_comparable_series where province_key = '79@2025-07-01' and year = 2023",
    )
    assert hcmc_2023["value"] is None
    assert (hcmc_2023["predecessor_count"], hcmc_2023["predecessors_with_level"]) == (3, 2)
    assert hcmc_2023["no_sum_reason"] == "no level for 77 Bà Rịa - Vũng Tàu"


def test_an_index_of_a_predecessor_does_not_add_up_into_the_new_ninh_binh(warehouse):
    (nam_dinh,) = [
        r
        for r in published_rows("ninh_binh_predecessors.csv")
        if (r["province_code"], r["indicator_code"]) == ("36", "industrial_production_index")
    ]
    (iip,) = rows(
        warehouse,
        "select * from marts.fct_comparable_series"
        " where province_key = '37@2025-07-01' and indicator_code = 'industrial_production_index' and year = ?",
        int(nam_dinh["period"]),
    )
    assert iip["is_derived"] is True and iip["value"] is None
    assert (iip["predecessor_count"], iip["predecessors_with_level"]) == (3, 0)
    assert "does not add up" in iip["no_sum_reason"]
