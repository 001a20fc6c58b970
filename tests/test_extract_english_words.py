"""`flows extract` on the English provincial press's words for retail sales and services revenue,
for exports ("goods sold overseas"), for the year's plan ("of the full-year plan"), and for other
indicators written alike."""

import pytest
from support import assert_paragraph_rows

from flows.extract import extract_article

PARAGRAPHS = [
    pytest.param(
        # https://vccinews.com/news/48871/expectations-for-industry-and-trade-breakthroughs.html
        "In trade, the total retail revenue of consumer goods and services reached more than VND93 trillion in "
        "2022, equal to 102.8% of the full-year plan and up 8.3% year on year.",
        ("2023-02", "en", "66"),
        {
            ("retail_sales_services", "2022", "level", ">=", "93", "VND93 trillion"),
            ("retail_sales_services", "2022", "plan_attainment_pct", "=", "102.8", "102.8%"),
            ("retail_sales_services", "2022", "growth_pct", "=", "8.3", "8.3%"),
        },
        id="'total retail revenue of consumer goods and services'; 'of the full-year plan'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/can-tho-posts-threeyear-high-economic-growth/231733.vnp
        "The Mekong Delta city of Can Tho recorded an 8.04% growth in GDRP in the first six months of 2022, the "
        "highest for the recent three years, heard a recent review conference of the city\u2019s Party Committee.\n"
        "Total revenues from retails and services "
        "were estimated at 55.5 trillion VND (2.39 billion USD), an increase of 21.09%.",
        ("2022-06", "en", "92"),
        {
            ("retail_sales_services", "2022-H1", "level", "=", "55.5", "55.5 trillion VND"),
            ("retail_sales_services", "2022-H1", "growth_pct", "=", "21.09", "21.09%"),
        },
        id="'total revenues from retails and services'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/kien-giangs-twomonth-exports-exceed-151-million-usd/279860.vnp
        "This year, Kien Giang targets 920 million USD from goods sold overseas.",
        ("2024-02", "en", "91"),
        {("export_value", "2024", "level", "=", "920", "920 million USD")},
        id="'from goods sold overseas' is exports",
    ),
    pytest.param(
        # https://nghean.gov.vn/new-events/in-2022-the-province-s-total-export-turnover-reaches-2-54-billion-usd-551271
        "Reported at the conference, leaders of the Department of Industry and Trade said that in 2022, the total "
        "export turnover in the province will reach 2.54 billion USD, up 4.56% over the previous year, exceeding "
        "8.03% of the year plan. In which, export turnover of goods reached 2.19 billion USD, up 3.6% and "
        "exceeding 9.44% of the plan.",
        ("2023-02", "en", "40"),
        {
            ("export_value", "2022", "level", "=", "2.54", "2.54 billion USD"),
            ("export_value", "2022", "growth_pct", "=", "4.56", "4.56%"),
            ("export_value", "2022", "plan_excess_pct", "=", "8.03", "8.03%"),
        },
        id="'exceeding 8.03% of the year plan' is the plan exceeded",
    ),
]


@pytest.mark.parametrize(("text", "publication", "expected"), PARAGRAPHS)
def test_english_words_for_an_indicator_give_its_rows(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]
):
    assert_paragraph_rows(text, publication, expected)


def test_growth_in_a_misspelt_grdp_and_exports_of_goods_and_services_are_other_indicators():
    # https://en.vietnamplus.vn/can-tho-posts-threeyear-high-economic-growth/231733.vnp
    text = (
        "The Mekong Delta city of Can Tho recorded an 8.04% growth in GDRP in the first six months of 2022, the "
        "highest for the recent three years, heard a recent review conference of the city\u2019s Party Committee.\n"
        "The Index of Industrial Production picked up 12.86% year-on-year, while the export turnover of goods and "
        "services top 1.1 billion USD, up 15.16%."
    )

    result = extract_article(text, "2022-06-26", "en", "92")

    assert {(r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("industrial_production_index", "2022-H1", "12.86")
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["8.04%"] == "another indicator: GRDP"
    assert reasons["1.1 billion USD"] == "another indicator: exports of goods and services together"
