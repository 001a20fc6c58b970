"""`flows extract` on exports counted in tonnes beside exports counted in money: the percentages of
a product's volume are not the exports' value, and they do not take its place."""

from flows.extract import extract_article


def test_the_percentages_of_exported_tonnes_leave_the_value_its_own():
    # https://baotintuc.vn/dia-phuong/tang-truong-kinh-te-cua-bac-lieu-dung-thu-3-dong-bang-song-cuu-long-20230404130841879.htm
    text = (
        "Trong quý I/2023, xuất khẩu 18.519 tấn thủy sản, đạt 19,49% kế hoạch, tăng 5,64% so cùng kỳ; sản lượng "
        "muối xuất khẩu ước đạt 198 tấn, đạt 7,92% kế hoạch, bằng 24,39% cùng kỳ. Giá trị kim ngạch xuất khẩu ước "
        "187,4 triệu USD, đạt 18,74% kế hoạch, tăng 6,67% so với cùng kỳ.\n"
        "Hoạt động sản xuất công nghiệp trong quý I/2023 có nhiều diễn biến tích cực, chỉ số phát triển sản xuất "
        "công nghiệp quý I tăng 5,15% so với cùng kỳ; các doanh nghiệp và cơ sở sản xuất công nghiệp - tiểu thủ "
        "công nghiệp trên địa bàn tiếp tục duy trì hoạt động sản xuất, kinh doanh."
    )

    result = extract_article(text, "2023-04-04", "vi", "95")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("export_value", "2023-Q1", "level", "187.4"),
        ("export_value", "2023-Q1", "plan_share_pct", "18.74"),
        ("export_value", "2023-Q1", "growth_pct", "6.67"),
        ("industrial_production_index", "2023-Q1", "growth_pct", "5.15"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["19,49%"] == "products or groups, not the whole province"
    assert reasons["7,92%"] == "products or groups, not the whole province"
