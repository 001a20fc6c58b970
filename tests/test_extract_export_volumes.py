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


def test_what_is_exported_counted_in_tonnes_is_a_products_volume_whatever_its_name():
    # http://baodaklak.vn/channel/3481/201902/kim-ngach-xuat-khau-cua-tinh-trong-thang-1-2019-dat-50-trieu-usd-5619854/
    text = (
        "Sở Công thương cho biết, kim ngạch xuất khẩu của tỉnh trong tháng 1-2019 thực hiện 50 triệu USD, đạt 8,1% "
        "kế hoạch năm.\n\n"
        "Cụ thể, cà phê nhân xuất khẩu 15.000 tấn, giảm 28,8% về lượng và giảm 33% về giá trị; cà phê hòa tan xuất "
        "khẩu 600 tấn, giảm 4% về lượng và giảm 9,1% về giá trị; hạt tiêu xuất khẩu 200 tấn, tăng 9,3% về lượng và "
        "giảm 8,46% về giá trị; hạt điều xuất khẩu 40 tấn, giảm 4,76% về lượng."
    )

    result = extract_article(text, "2019-02-04", "vi", "66")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2019-M01", "level", "50"),
        ("2019-M01", "plan_share_pct", "8.1"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["28,8%"] == "products or groups, not the whole province"


def test_a_sectors_exports_in_tonnes_against_the_plan_and_the_years_total_aimed_at():
    # https://vov.vn/kinh-te/tien-giang-kim-ngach-xuat-khau-dat-gan-4-ty-usd-post1056201.vov
    text = (
        "Theo thống kê trong 10 tháng qua, giá trị kim ngạch xuất khẩu của tỉnh Tiền Giang đạt gần 4 tỷ USD, đạt "
        "102% kế hoạch năm và tăng 19% so với cùng kỳ năm ngoái. Riêng trong tháng 10 kim ngạch xuất khẩu của tỉnh "
        "đạt hơn 300 triệu USD, tăng hơn 42% so với cùng kỳ.\n\n"
        "Ở thời điểm này, Tiền Giang nằm trong nhóm đầu của vùng Đồng bằng sông Cửu Long về kim ngạch xuất khẩu. "
        "Đáng ghi nhận là 2 ngành: thủy sản và gạo đạt giá trị xuất khẩu cao nhất. Đến nay, ngành thủy sản đã xuất "
        "khẩu trên 139.960 tấn, tăng 59% so với kế hoạch, và tăng hơn 33% so cùng kỳ; gạo xuất khẩu đạt trên "
        "160.600 tấn, tăng hơn 93% so với kế hoạch tăng gần 135% so cùng kỳ. Ngoài ra ngành chế biến trái cây cũng "
        "đạt giá trị khá.\n\n"
        "Các ngành, các cấp trong tỉnh tiếp tục triển khai những giải pháp điều hành xuất khẩu hợp lý và hiệu quả "
        "nhằm đạt kim ngạch xuất khẩu cả năm hơn 4,1 tỷ USD."
    )

    result = extract_article(text, "2023-11", "vi", "82")

    assert {(r.period, r.measure, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2023-YTD10", "level", "estimate", "~", "4"),
        ("2023-YTD10", "plan_share_pct", "estimate", "=", "102"),
        ("2023-YTD10", "growth_pct", "estimate", "=", "19"),
        ("2023-M10", "level", "estimate", ">=", "300"),
        ("2023-M10", "growth_pct", "estimate", ">=", "42"),
        ("2023", "level", "target", ">=", "4.1"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["59%"] == "products or groups, not the whole province"


def test_what_a_province_exported_counted_in_tonnes_is_its_products_in_english_too():
    # https://www.vccinews.com/prode/12624/.html
    text = (
        "In 2007, Tra Vinh exported 2,850 tonnes of sliced coconut, 7,050 tonnes of coconut fruit, 2,150 tonnes of "
        "coconut coal, 9,000 tonnes of coconut fibre and 36,619 sq. meters of coconut carpet, with a total turnover "
        "of US$7.8 million, 62.50% more than 2006."
    )

    result = extract_article(text, "2008-03-20", "en", "84")

    assert not result.rows
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["US$7.8 million"] == "products or groups, not the whole province"


def test_a_product_counted_in_tonnes_takes_the_figures_after_it():
    # https://vietnamnews.vn/economy/1691679/tien-giang-province-targets-6-3-billion-exports.html
    text = (
        "TI\u1ec0N GIANG \u2013 The C\u1eedu Long (Mekong) Delta province of Ti\u1ec1n Giang achieved an export "
        "turnover of US$500 million in January, accounting for some 8 per cent of its full-year target.\n\n"
        "Key agricultural products, including rice and vegetables, have experienced significant growth since the "
        "start of the year. Nearly 13,000 tonnes of rice were exported, generating $8 million, an increase of over "
        "53 per cent in volume and 37 per cent in value compared to the same period last year."
    )

    result = extract_article(text, "2025-02-06", "en", "82")

    assert {(r.measure, r.value) for r in result.rows} == {("level", "500"), ("plan_share_pct", "8")}
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["53 per cent"] == "products or groups, not the whole province"


def test_a_crop_counted_in_hectares_is_no_indicator_s_plan():
    # http://english.quangnam.gov.vn/CMSPages/BaiViet/Default.aspx?IDBaiViet=5942
    text = (
        "For 2 first months, total retail sales of goods reached nearly VND 5,900 billion, up nearly 15.7% over the "
        "same period.\n"
        "By the middle of February, Quang Nam has cultivated 42 thousand hectares of rice, equaling 100% of the plan."
    )

    result = extract_article(text, "2019-02-28", "en", "49")

    assert not [r for r in result.rows if r.value_as_published == "100%"]
    assert {s.printed: s.reason for s in result.skipped}["100%"] == "products or groups, not the whole province"
