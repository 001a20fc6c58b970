"""Figures as the press prints them, through the real refresh into the marts: a fall on the
previous month, a quarter on the quarter before, a part of the year against the annual plan, an
average over a span, one source printing a figure twice, or at two price bases, an estimate its own
earlier levels contradict, and a change on the previous month computed on a revised level no article
prints.

Every row of the inbox (data/printed) is a published figure with its quote and address: the Nam
Định yearbook, VietnamPlus on Hà Nam, Báo Nam Định, the Thái Nguyên Department of Industry and
Trade's monthly reports and the province's press, Báo Bắc Ninh, the Thái Bình province portal,
Kinh tế & Đô thị on Quảng Ngãi's exports, Báo Quảng Nam on the province's retail sales, Báo Bình
Định on the province's exports, the Hà Nội portal and Thời báo Tài chính on Hà Nội's quarters, and
the Hậu Giang Department of Industry and Trade's report of September 2017.
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


def test_a_printed_fall_is_a_negative_growth_checked_on_the_previous_month(printed):
    march = check(printed, "growth_prev_period", "2020-M03", "baothainguyen-2020-q1-ban-le")
    assert (march["published_as_printed"], march["published_value"]) == ("giảm 4,7%", Decimal("-4.7"))
    # March's level on the February one the department had published before it
    assert march["denominator_source_id"] == "congthuongthainguyen-2020-02"
    change = (march["numerator_value"] / march["denominator_value"] - 1) * 100
    assert march["computed_lower"] <= change <= march["computed_upper"]
    # 2 990 after 3 240,5 is a fall of 7.7 %, not the 4.7 % printed beside it
    assert march["computed_upper"] < march["published_lower"]
    assert march["verdict"] == "inconsistent"
    february = check(printed, "growth_prev_period", "2020-M02", "congthuongthainguyen-2020-02")
    assert february["published_value"] < 0
    assert (february["verdict"], february["unverifiable_reason"]) == ("unverifiable", "missing previous period's level")


def test_a_rise_on_a_revised_month_the_article_does_not_print_is_inconsistent(printed):
    """Báo Quảng Nam printed February 2025 at 6.544 tỷ đồng, then March at 6.873 tỷ đồng, "tăng
    9,2% so với tháng trước": on the February printed before it, March is up 5.0 %. The March
    article's change is on a February revised since, which it does not print but its quarter
    gives away: the first quarter's 20.587 tỷ less March's 6 873, less the January implied by
    February's fall of 11.8 % (6 544 / 0.882, 7 419.5), leaves 6 294.5 for February, and March is
    9.2 % above that. A statistician reads a revision of February, not a contradiction. But the rule
    weighs printed levels only: those the source could see (its own March, the February printed
    the month before) rule the 9.2 % out, and no later February level exists to call it a
    revision, so the warehouse says `inconsistent`, warns and lists it in the run report.
    """
    march = check(printed, "growth_prev_period", "2025-M03", "baoquangnam-3151454")
    assert (march["published_as_printed"], march["published_value"]) == ("tăng 9,2%", Decimal("9.2"))
    # March's own level over the February one the earlier article printed
    assert (march["numerator_source_id"], march["denominator_source_id"]) == (
        "baoquangnam-3151454",
        "baoquangnam-3149825",
    )
    assert (march["numerator_value"], march["denominator_value"]) == (Decimal("6873"), Decimal("6544"))
    # 6 872.5 / 6 544.5 to 6 873.5 / 6 543.5: up 5.01 % to 5.04 %, far below the 9.15 % printed at least
    change = (march["numerator_value"] / march["denominator_value"] - 1) * 100
    assert march["computed_lower"] <= change <= march["computed_upper"]
    assert Decimal("5.01") < march["computed_lower"] < march["computed_upper"] < Decimal("5.05")
    assert march["computed_upper"] < march["published_lower"]
    # no later February level: today's levels are the same ones, so nothing says "revised"
    assert (march["latest_computed_lower"], march["latest_computed_upper"]) == (
        march["computed_lower"],
        march["computed_upper"],
    )
    # the February the article's own figures imply lies below the printed one's interval
    implied_february = march["numerator_value"] / (1 + march["published_value"] / 100)
    assert implied_february < march["denominator_lower"]
    (quarter,) = rows(
        printed,
        "select value from marts.fct_observations where source_id = 'baoquangnam-3151454' and period = '2025-Q1'",
    )
    february = check(printed, "growth_prev_period", "2025-M02", "baoquangnam-3149825")
    january = march["denominator_value"] / (1 + february["published_value"] / 100)
    revised_february = quarter["value"] - march["numerator_value"] - january
    assert (
        march["published_lower"] <= (march["numerator_value"] / revised_february - 1) * 100 <= march["published_upper"]
    )
    assert march["verdict"] == "inconsistent"
    assert "baoquangnam-3151454" in {f["published_source_id"] for f in printed.inconsistent_figures}
    # February's own fall on January has no January level to be checked against
    assert (february["published_as_printed"], february["published_value"]) == ("giảm 11,8%", Decimal("-11.8"))
    assert (february["verdict"], february["unverifiable_reason"]) == ("unverifiable", "missing previous period's level")


def test_a_month_printed_as_over_a_level_leaves_its_rise_open(printed):
    """Báo Thái Nguyên printed April 2023 at 5.674,9 tỷ đồng, then May "đạt trên 5.566 tỷ đồng,
    tăng 1,3% so với tháng trước". "Trên" is "at least" (comparators seed): May's level is open
    above, so is the change on April, and no rise can be ruled out: `consistent`. Read as 5 566 and
    a fraction, May is 1.9 % below the April printed, not 1.3 % above. The year-to-date totals the
    two articles print show a revision again: five months "trên 28.017" less May leave 22 451 for
    January to April, 183 below the "gần 22.634" printed with April; April less those 183 puts
    May 1.3 % above it.
    """
    may = check(printed, "growth_prev_period", "2023-M05", "baothainguyen-2023-06-ban-le-thang-5")
    assert (may["published_as_printed"], may["published_value"]) == ("tăng 1,3%", Decimal("1.3"))
    assert (may["numerator_source_id"], may["denominator_source_id"]) == (
        "baothainguyen-2023-06-ban-le-thang-5",
        "baothainguyen-2023-04-ban-le",
    )
    assert (may["numerator_value"], may["numerator_upper"]) == (Decimal("5566"), None)
    assert may["denominator_value"] == Decimal("5674.9")
    # at least 5 565.5 / 5 674.95 - 1: a fall of 1.93 % or any rise
    assert (round(may["computed_lower"], 2), may["computed_upper"]) == (Decimal("-1.93"), None)
    assert (may["verdict"], may["unverifiable_reason"]) == ("consistent", None)
    levels = {
        (level["source_id"], level["period"]): level["value"]
        for level in rows(
            printed,
            "select source_id, period, value from marts.fct_observations where province_code = '19'"
            " and period like '2023-%' and measure = 'level'",
        )
    }
    april = levels["baothainguyen-2023-04-ban-le", "2023-M04"]
    may_level = levels["baothainguyen-2023-06-ban-le-thang-5", "2023-M05"]
    four_months_again = levels["baothainguyen-2023-06-ban-le-thang-5", "2023-YTD05"] - may_level
    revised_april = april - (levels["baothainguyen-2023-04-ban-le", "2023-YTD04"] - four_months_again)
    assert revised_april == Decimal("5491.9")
    assert may["published_lower"] <= (may_level / revised_april - 1) * 100 <= may["published_upper"]
    # April's own rise on March: no March level was printed
    april_change = check(printed, "growth_prev_period", "2023-M04", "baothainguyen-2023-04-ban-le")
    assert (april_change["verdict"], april_change["unverifiable_reason"]) == (
        "unverifiable",
        "missing previous period's level",
    )


def test_a_quarter_on_the_quarter_before_is_checked_on_both_quarters_levels(printed):
    """Hà Nội's statistics office put the second quarter of 2022 at 174,4 nghìn tỷ đồng, "tăng 8% so
    với quý trước", and the third at 176 nghìn tỷ đồng, "tăng 0,9% so với quý trước" (Hà Nội portal
    in July, Thời báo Tài chính in September): the third quarter's rise is checked on both levels.
    """
    third = check(printed, "growth_prev_period", "2022-Q3", "thoibaotaichinh-113761")
    assert (third["published_as_printed"], third["published_value"]) == ("tăng 0,9%", Decimal("0.9"))
    # the quarter's own level over the second quarter's, printed two months before
    assert (third["numerator_source_id"], third["denominator_source_id"]) == (
        "thoibaotaichinh-113761",
        "hanoi-2022-07-ban-le-quy-ii",
    )
    assert (third["numerator_value"], third["denominator_value"]) == (Decimal("176000"), Decimal("174400"))
    # "176 nghìn tỷ" is exact to half a nghìn tỷ, "174,4" to half a hundred tỷ
    assert (third["numerator_lower"], third["numerator_upper"]) == (Decimal("175500"), Decimal("176500"))
    assert (third["denominator_lower"], third["denominator_upper"]) == (Decimal("174350"), Decimal("174450"))
    lowest = (third["numerator_lower"] / third["denominator_upper"] - 1) * 100
    highest = (third["numerator_upper"] / third["denominator_lower"] - 1) * 100
    # the interval is rounded outwards to six decimals, never inwards
    assert lowest - Decimal("0.000001") <= third["computed_lower"] <= lowest
    assert highest <= third["computed_upper"] <= highest + Decimal("0.000001")
    # 0.60 % to 1.23 %: the printed 0.85 % to 0.95 % lies inside
    assert third["computed_lower"] < third["published_lower"] < third["published_upper"] < third["computed_upper"]
    assert (third["verdict"], third["unverifiable_reason"]) == ("consistent", None)
    # the second quarter's 8 % on the first has no first-quarter level to be checked against
    second = check(printed, "growth_prev_period", "2022-Q2", "hanoi-2022-07-ban-le-quy-ii")
    assert (second["published_as_printed"], second["published_value"]) == ("tăng 8%", Decimal("8"))
    assert (second["verdict"], second["unverifiable_reason"]) == ("unverifiable", "missing previous period's level")


def test_a_part_of_the_year_is_checked_against_the_annual_plan(printed):
    nine_months = check(
        printed, "plan_share", "2020-YTD09", "congthuongthainguyen-2020-9-thang", "industrial_output_value"
    )
    # the report's own plan for the whole year, not a level of the nine months
    assert (nine_months["denominator_source_id"], nine_months["numerator_source_id"]) == (
        "congthuongthainguyen-2020-9-thang",
        "congthuongthainguyen-2020-9-thang",
    )
    (plan,) = rows(
        printed,
        "select value, price_basis from marts.fct_observations where source_id = 'congthuongthainguyen-2020-9-thang'"
        " and period = '2020' and measure = 'level' and status = 'target'",
    )
    (level,) = rows(
        printed,
        "select price_basis from marts.fct_observations where source_id = 'congthuongthainguyen-2020-9-thang'"
        " and period = '2020-YTD09' and measure = 'level'",
    )
    assert nine_months["denominator_value"] == plan["value"]
    # the plan is at constant 2010 prices, the nine months' level states no basis: not compared
    assert (plan["price_basis"], level["price_basis"]) == ("constant_2010", None)
    assert (nine_months["verdict"], nine_months["unverifiable_reason"]) == ("unverifiable", "different price bases")


def test_a_half_year_on_the_plans_basis_is_checked_consistent(printed):
    half = check(printed, "plan_share", "2020-H1", "kinhtedothi-388827", "export_value")
    # Quảng Ngãi's "604 triệu USD" in six months against the year's "mục tiêu đạt 1 tỷ USD"
    assert (half["numerator_value"], half["denominator_value"]) == (Decimal("604"), Decimal("1000"))
    # exports are in current US dollars unless said otherwise, the plan and the half alike
    bases = rows(
        printed,
        "select distinct price_basis from marts.fct_observations where source_id = 'kinhtedothi-388827'"
        " and measure = 'level'",
    )
    assert bases == [{"price_basis": "current"}]
    # "1 tỷ USD" is printed to the billion: the plan is 0.5 to 1.5 billion, and 604 / 1 000 is inside
    assert half["computed_lower"] < Decimal("60.4") < half["computed_upper"]
    assert (half["published_lower"], half["published_upper"]) == (Decimal("60.35"), Decimal("60.45"))
    assert (half["verdict"], half["unverifiable_reason"]) == ("consistent", None)


def test_an_average_over_a_span_compounds_from_the_year_before_it(printed):
    bac_ninh = check(printed, "average_growth", "1997/2016", "baobacninh-2017-10-xuat-khau-tang-42", "export_value")
    assert bac_ninh["numerator_value"] == Decimal("22809")  # the 2016 level
    # "from 1997 to 2016" starts from the 1996 level, which the article does not print; its 1997
    # level is loaded but is the first year of the span, not the base
    (first_year,) = rows(
        printed,
        "select value from marts.fct_observations where source_id = 'baobacninh-2017-10-xuat-khau-tang-42'"
        " and period = '1997' and measure = 'level'",
    )
    assert first_year["value"] == Decimal("20.4")
    assert (bac_ninh["verdict"], bac_ninh["unverifiable_reason"]) == (
        "unverifiable",
        "missing level of the year before the span",
    )
    plan = check(printed, "average_growth", "2021/2025", "thainguyentv-2023-binh-quan-9", "industrial_production_index")
    assert (plan["verdict"], plan["unverifiable_reason"]) == ("unverifiable", "missing target level")


def test_one_source_printing_two_values_loads_both_and_reports_the_pair(printed):
    pairs = {
        pair["published_source_id"]: pair
        for pair in rows(printed, "select * from marts.fct_consistency_checks where check_name = 'within_source'")
    }
    # Báo Nam Định's headline gives the growth at current prices, its text the one at 2010 prices
    nam_dinh = pairs["baonamdinh-2017-04-gtsxcn-quy-i"]
    assert (nam_dinh["first_statement_as_printed"], nam_dinh["published_as_printed"]) == ("11,1%", "10,7%")
    assert nam_dinh["verdict"] == "inconsistent"
    # the Thái Bình portal's headline "56.680" and its text "gần 56.680" agree
    thai_binh = pairs["thaibinh-2018-11-gtsxcn-56680"]
    assert thai_binh["verdict"] == "consistent"
    observations = rows(
        printed,
        "select value, is_used from marts.fct_observations where source_id = 'baonamdinh-2017-04-gtsxcn-quy-i'"
        " and measure = 'growth_pct' order by file_line",
    )
    # both load; the one that states its price basis is used
    assert [(o["value"], o["is_used"]) for o in observations] == [(Decimal("11.1"), False), (Decimal("10.7"), True)]
    report = (printed.serving_path.parent / "run_report.md").read_text(encoding="utf-8")
    assert "## Figures one source prints twice" in report
    assert "toàn tỉnh ước đạt 10.871,7 tỷ đồng, tăng 10,7% so với cùng kỳ năm trước.”" in report


def test_a_figure_stated_at_both_price_bases_is_two_figures_not_a_pair(printed):
    observations = rows(
        printed,
        "select period, measure, price_basis, value from marts.fct_observations"
        " where source_id = 'sct-haugiang-2017-10-cong-thuong-9-thang'",
    )
    # the department prints September and the nine months at 2010 prices, then again at current prices
    bases = {(o["period"], o["measure"]): set() for o in observations}
    for o in observations:
        bases[o["period"], o["measure"]].add(o["price_basis"])
    assert len(observations) == 12
    assert all(found == {"constant_2010", "current"} for found in bases.values())
    pairs = rows(
        printed,
        "select * from marts.fct_consistency_checks where check_name = 'within_source'"
        " and published_source_id = 'sct-haugiang-2017-10-cong-thuong-9-thang'",
    )
    assert pairs == []


def test_an_estimate_ruled_out_by_levels_it_could_see_is_inconsistent_not_revised(printed):
    ha_nam = check(printed, "growth", "2020", "vnplus-194565", "industrial_output_value")
    # +19 % on the 2019 level VietnamPlus itself had printed a year before: at most +2.07 %
    assert ha_nam["denominator_source_id"] == "vnplus-166541"
    assert ha_nam["computed_upper"] < ha_nam["published_lower"]
    assert ha_nam["verdict"] == "inconsistent"
    assert any("published_consistency" in warning for warning in printed.audit.warned)  # warned, still published
    (production_2020,) = rows(
        printed, "select * from marts.fct_industrial_output_by_year where province_code = '35' and year = 2020"
    )
    assert production_2020["growth_check"] == "inconsistent"


def test_retail_sales_are_at_current_prices_unless_said_otherwise(printed):
    (retail_2020,) = rows(printed, "select * from marts.fct_retail_by_year where province_code = '36' and year = 2020")
    # the article's plan, 50.200 tỷ đồng and +12 %, states no basis; the yearbook's 2019 level is at
    # current prices, which retail sales always are: 50 200 / 44 733.931 = +12.22 %
    assert retail_2020["target_check"] == "consistent"
    (production,) = rows(
        printed,
        "select price_basis from marts.fct_observations where source_id = 'vnplus-194565'"
        " and indicator_code = 'industrial_output_value' and measure = 'level'",
    )
    assert production["price_basis"] is None  # production value is published both ways: it stays unstated


def test_falls_worded_as_the_english_provincial_press_words_them_load_negative(printed):
    """Báo Bình Định on the first quarter of 2011: "decreasing 5.6%" for the quarter, "decline
    30.7%" for February. The loader reads both wordings as falls (sign_words seed), so the rows
    load with their printed form beside a negative value."""
    found = rows(
        printed,
        "select period, value, value_as_published from marts.fct_observations"
        " where source_id = 'baobinhdinh-2011-03-q1-exports' and measure = 'growth_pct' order by period",
    )
    assert [(r["period"], r["value"], r["value_as_published"]) for r in found] == [
        ("2011-M02", Decimal("-30.7"), "decline 30.7%"),
        ("2011-Q1", Decimal("-5.6"), "decreasing 5.6%"),
    ]
