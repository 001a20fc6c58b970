"""Figures as the press prints them, through the real refresh into the marts: a fall, a part of
the year against the annual plan, growth on the previous month and quarter, an average over a
span, one source printing a figure twice, and a December estimate later revised.

The inbox (data/printed) holds real published rows (the Nam Định yearbook's retail sales,
VietnamPlus on Hà Nam) beside made-up ones whose sources say so in their titles.
"""

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from flows.refresh import warehouse_refresh
from flows.report import RefreshSummary

INBOX = Path(__file__).parent / "data" / "printed"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, prefect_server: str) -> RefreshSummary:
    return warehouse_refresh(warehouse_dir=str(tmp_path_factory.mktemp("warehouse")), inbox=str(INBOX))


def rows(summary: RefreshSummary, sql: str) -> list[dict[str, object]]:
    with duckdb.connect(str(summary.serving_path), read_only=True) as con:
        relation = con.execute(sql)
        names = [d[0] for d in relation.description]
        return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]


def check(
    summary: RefreshSummary, check_name: str, period: str, source_id: str, indicator: str = "retail_sales_services"
) -> dict[str, object]:
    (found,) = rows(
        summary,
        f"select * from marts.fct_consistency_checks where check_name = '{check_name}' and period = '{period}'"
        f" and published_source_id = '{source_id}' and indicator_code = '{indicator}'",
    )
    return found


def test_a_printed_fall_is_a_negative_growth_checked_on_the_previous_month_and_quarter(printed):
    month = check(printed, "growth_prev_period", "2020-M04", "test-press-2020-05")
    assert (month["published_as_printed"], month["published_value"]) == ("giảm 5,8%", Decimal("-5.8"))
    assert month["verdict"] == "consistent"  # 3 862 after 4 100 is -5.80 %
    quarter = check(printed, "growth_prev_period", "2020-Q2", "test-press-2020-07")
    assert (quarter["computed_lower"], quarter["computed_upper"]) == (Decimal("-14.831310"), Decimal("-14.815748"))
    assert quarter["verdict"] == "consistent"


def test_a_part_of_the_year_is_checked_against_the_annual_plan(printed):
    retail = check(printed, "plan_share", "2020-H1", "test-press-2020-07")
    # 22 036 of the article's plan of 50.200 tỷ đồng is 43.90 %: "đạt 43,9% kế hoạch năm"
    assert (retail["denominator_value"], retail["denominator_source_id"]) == (
        Decimal("50200"),
        "baonamdinh-2020-01-sct-tong-ket-2019",
    )
    assert retail["verdict"] == "consistent"
    exports = check(printed, "plan_share", "2020-H1", "test-press-2020-07", "export_value")
    assert exports["verdict"] == "inconsistent"  # 1 000 of 2 200 is 45.5 %, not "50%"


def test_an_average_over_a_span_compounds_from_the_year_before_it(printed):
    actual = check(printed, "average_growth", "2016/2020", "test-report-2021")
    # the yearbook's 2015 and 2020 levels: (47 088 260 / 28 630 620)^(1/5) - 1 = 10.46 % a year
    assert (actual["denominator_value"], actual["numerator_value"]) == (Decimal("28630.62"), Decimal("47088.26"))
    assert (actual["computed_lower"], actual["verdict"]) == (Decimal("10.462883"), "consistent")
    plan = check(printed, "average_growth", "2016/2020", "test-resolution-2016")
    assert (plan["verdict"], plan["unverifiable_reason"]) == ("unverifiable", "missing target level")


def test_one_source_printing_two_values_loads_both_and_reports_the_pair(printed):
    (pair,) = rows(printed, "select * from marts.fct_consistency_checks where check_name = 'within_source'")
    assert (pair["first_statement_as_printed"], pair["published_as_printed"]) == ("tăng 7,5%", "tăng 8,7%")
    assert pair["verdict"] == "inconsistent"
    observations = rows(
        printed,
        "select value, is_used, file_line from marts.fct_observations where source_id = 'test-press-2020-01'"
        " and measure = 'growth_pct' order by file_line",
    )
    # the headline repeated word for word (line 14) is line 12 again; of equal precision, the first is used
    assert [(o["value"], o["is_used"], o["file_line"]) for o in observations] == [
        (Decimal("7.5"), True, 12),
        (Decimal("8.7"), False, 13),
    ]
    report = (printed.serving_path.parent / "run_report.md").read_text(encoding="utf-8")
    assert "## Figures one source prints twice" in report
    assert "“so với năm 2018, tổng mức bán lẻ tăng 8,7%”" in report


def test_a_december_estimate_is_revised_not_contradicted_by_a_later_yearbook(printed):
    estimate = check(printed, "growth", "2020", "test-press-2020-12")
    # what it could see: its own 46 500 on January's 44 700 (+4.03 %); known now: +5.26 %
    assert (estimate["numerator_source_id"], estimate["denominator_source_id"]) == (
        "test-press-2020-12",
        "test-press-2020-01",
    )
    assert (estimate["latest_computed_lower"], estimate["verdict"]) == (Decimal("5.262957"), "revised")
    ha_nam = check(printed, "growth", "2020", "vnplus-194565", "industrial_output_value")
    assert ha_nam["verdict"] == "inconsistent"  # +19 % on levels it could see that give at most +2.07 %
    assert any("published_consistency" in warning for warning in printed.audit.warned)  # warned, still published
    (retail_2020,) = rows(printed, "select * from marts.fct_retail_by_year where province_code = '36' and year = 2020")
    assert (retail_2020["growth_pct_reported"], retail_2020["growth_check"]) == (Decimal("4.000"), "revised")


def test_retail_sales_are_at_current_prices_unless_said_otherwise(printed):
    (retail_2020,) = rows(printed, "select * from marts.fct_retail_by_year where province_code = '36' and year = 2020")
    # the article's plan, 50.200 tỷ đồng and +12 %, states no basis; the yearbook's 2019 level is at
    # current prices, which retail sales always are: 50 200 / 44 733.931 = +12.22 %
    assert retail_2020["target_check"] == "consistent"
    (production,) = rows(
        printed,
        "select price_basis from marts.fct_observations where source_id = 'vnplus-194565' and measure = 'level'",
    )
    assert production["price_basis"] is None  # production value is published both ways: it stays unstated
