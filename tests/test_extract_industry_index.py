"""`flows extract` on a bare "chỉ số sản xuất" said of industry in a summary of the economy."""

from flows.extract import extract_article


def test_a_bare_production_index_after_industry_is_the_iip():
    # https://www.sggp.org.vn/nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-so-voi-cung-ky-post800906.html
    text = (
        "6 tháng đầu năm 2025, tình hình kinh tế - xã hội tỉnh Sóc Trăng tiếp tục giữ được sự ổn định và đà phát "
        "triển tích cực, nhiều chỉ tiêu chủ yếu đạt và vượt so với cùng kỳ.\n\n"
        "Tổng thu ngân sách nhà nước đạt 3.502 tỷ đồng, bằng 57,1% dự toán năm, tăng 7,1% so với cùng kỳ; số doanh "
        "nghiệp tham gia thị trường là 323 doanh nghiệp, tổng số vốn đăng ký đạt 2.350 tỷ đồng, tăng 137,7% so với "
        "cùng kỳ; công nghiệp phục hồi mạnh mẽ, chỉ số sản xuất tăng 8,5%, cao hơn nhiều so với cùng kỳ; xuất khẩu "
        "đạt 870 triệu USD…"
    )

    result = extract_article(text, "2025-06", "vi", "94")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2025-H1", "growth_pct", "8.5"),
        ("export_value", "2025-H1", "level", "870"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["137,7%"] == "another indicator: FDI"
