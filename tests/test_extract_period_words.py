"""`flows extract` on the words that tell a figure's period and base in real articles: the month
before said with "thực hiện", a bare "trong tháng" after the month is named, a plan's own year, and
the first half said as two quarters."""

import pytest

from flows.extract import extract_article

# Paragraphs of real pages, each with the rows an analyst transcribes from it.
PARAGRAPHS = [
    pytest.param(
        # https://baobackan.com.vn/linh-vuc-cong-nghiep-phat-trien-kha-post1524.html
        "Tính riêng trong tháng 10, giá trị sản xuất công nghiệp ước đạt 150,137 tỷ đồng, tăng 5,12% so với "
        "thực hiện tháng trước và tăng 10% so với cùng kỳ năm 2021.",
        ("2022", "vi", "06"),
        {
            ("industrial_output_value", "2022-M10", "level", "=", "150.137", "150,137 tỷ đồng"),
            ("industrial_output_value", "2022-M10", "growth_prev_period_pct", "=", "5.12", "5,12%"),
            ("industrial_output_value", "2022-M10", "growth_pct", "=", "10", "10%"),
        },
        id="'so với thực hiện tháng trước' is the month before",
    ),
    pytest.param(
        # https://vneconomy.vn/thanh-hoa-dat-muc-tieu-xuat-khau-dat-tren-8-ty-do.htm
        "Theo báo cáo của Sở Công Thương, trong tháng 01/2025, hoạt động xuất khẩu hàng hóa của tỉnh tiếp tục "
        "tăng trưởng. Tổng giá trị xuất khẩu hàng hóa trong tháng ước đạt 603,339 triệu USD, tăng 6,4% so với "
        "tháng trước và tăng 0,6% so với cùng kỳ năm 2024.",
        ("2025-01", "vi", "38"),
        {
            ("export_value", "2025-M01", "level", "=", "603.339", "603,339 triệu USD"),
            ("export_value", "2025-M01", "growth_prev_period_pct", "=", "6.4", "6,4%"),
            ("export_value", "2025-M01", "growth_pct", "=", "0.6", "0,6%"),
        },
        id="a bare 'trong tháng' is the month the sentence before named",
    ),
]


@pytest.mark.parametrize(("text", "publication", "expected"), PARAGRAPHS)
def test_real_paragraphs_give_the_period_and_base_an_analyst_reads(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]
):
    published_on, language, province = publication

    result = extract_article(text, published_on, language, province)

    rows = {(r.indicator_code, r.period, r.measure, r.comparator, r.value, r.value_as_published) for r in result.rows}
    assert rows == expected
    assert all(r.province_code == province and r.quote in " ".join(text.split()) for r in result.rows)
