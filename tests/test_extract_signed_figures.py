"""`flows extract` on percentages printed with their own sign or with a decimal point, as regional
rankings and departments' bulletins print them ("tỉnh Cà Mau với -10,5% YoY", "giảm nhẹ so tháng
trước (-1,54%)", "(+21.13%)" in a Vietnamese text)."""

from flows.extract import extract_article


def rows_of(text: str, published_on: str, province: str | None = None) -> set[tuple[str, ...]]:
    result = extract_article(text, published_on, "vi", province)
    assert all(r.quote in " ".join(text.split()) for r in result.rows)
    return {(r.province_code, r.period, r.measure, r.value, r.value_as_published) for r in result.rows}


def test_a_list_of_falls_printed_with_a_minus_gives_each_province_its_fall():
    # https://baomoi.com/long-an-tiep-tuc-dan-dau-cac-tinh-dbscl-ve-xuat-khau-c49135675.epi
    text = (
        "Tính toán từ số liệu của Tổng cục Hải quan, tháng 4/2024, 13 tỉnh thành vùng Đồng bằng sông Cửu Long "
        "mang về 2,31 tỷ USD từ xuất khẩu hàng hóa, tăng 11,1% so với cùng kỳ năm trước (YoY). "
        "Trong tháng 4/2024, tỉnh Bạc Liêu ghi nhận giảm 22,7% YoY về trị giá hàng hóa xuất khẩu, là địa phương "
        "có mức giảm lớn nhất trong vùng; tiếp đến là tỉnh Cà Mau với -10,5% YoY; tỉnh Kiên Giang với -8,7% YoY; "
        "tỉnh An Giang với -3,8% YoY và tỉnh Vĩnh Long với -1,2% YoY."
    )

    rows = rows_of(text, "2024")

    assert rows == {
        ("95", "2024-M04", "growth_pct", "-22.7", "giảm 22,7%"),
        ("96", "2024-M04", "growth_pct", "-10.5", "-10,5%"),
        ("91", "2024-M04", "growth_pct", "-8.7", "-8,7%"),
        ("89", "2024-M04", "growth_pct", "-3.8", "-3,8%"),
        ("86", "2024-M04", "growth_pct", "-1.2", "-1,2%"),
    }


def test_a_bracketed_fall_after_its_base_is_on_that_base():
    # https://socongthuong.tayninh.gov.vn/vi/news/tin-tuc-su-kien/ban-tin-hoat-dong-nganh-cong-nghiep-tren-dia-ban-tinh-thang-9-2023-va-9-thang-dau-nam-2023-1126.html
    text = (
        "Tháng 9 năm 2023, Chỉ số sản xuất công nghiệp giảm nhẹ so tháng trước (-1,54%) và tăng so với tháng cùng "
        "kỳ (+21.13%)."
    )

    rows = rows_of(text, "2023-09-25", "72")

    assert ("72", "2023-M09", "growth_prev_period_pct", "-1.54", "-1,54%") in rows
    assert not any(measure == "growth_pct" and value == "1.54" for _, _, measure, value, _ in rows)


def test_a_percentage_printed_with_a_decimal_point_in_vietnamese_is_proposed_with_its_printed_form_blank():
    # https://socongthuong.tayninh.gov.vn/vi/news/tin-tuc-su-kien/ban-tin-hoat-dong-nganh-cong-nghiep-tren-dia-ban-tinh-thang-9-2023-va-9-thang-dau-nam-2023-1126.html
    text = (
        "Tháng 9 năm 2023, Chỉ số sản xuất công nghiệp giảm nhẹ so tháng trước (-1,54%) và tăng so với tháng cùng "
        "kỳ (+21.13%)."
    )

    result = extract_article(text, "2023-09-25", "vi", "72")

    row = next(r for r in result.rows if r.measure == "growth_pct")
    assert (row.period, row.value, row.value_as_published) == ("2023-M09", "21.13", "")
    assert any(s.printed == "21.13%" and "value_as_published blank" in s.reason for s in result.skipped)


def test_an_amount_printed_with_a_decimal_point_in_vietnamese_is_proposed_with_its_printed_form_blank():
    # https://mientay.giadinhonline.vn/xuat-khau-cua-soc-trang-vuot-moc-tren-1-ti-usd-d9776.html
    text = (
        "Theo số liệu của ngành công thương Sóc Trăng, trong 8 tháng năm 2022, toàn tỉnh đã xuất khẩu hàng hóa được "
        "trên 1.05 tỷ USD, đạt 87,5% chỉ tiêu nghị quyết tỉnh đề ra và tăng 24,33% so cùng kỳ năm trước."
    )

    result = extract_article(text, "2022-09-17", "vi", "94")

    row = next(r for r in result.rows if r.measure == "level")
    assert (row.period, row.comparator, row.value, row.unit, row.value_as_published) == (
        "2022-YTD08",
        ">=",
        "1.05",
        "usd_bn",
        "",
    )
    assert any(s.printed == "1.05 tỷ USD" and "value_as_published blank" in s.reason for s in result.skipped)


def test_billions_of_dollars_read_past_a_thousand_with_a_point_in_vietnamese_are_a_decimal_point():
    # https://baobariavungtau.com.vn/kinh-te/202304/xuat-khau-gap-kho-975256/
    text = (
        "Báo cáo từ Sở Công thương cho thấy, quý I/2023, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh ước đạt "
        "1.726 tỷ USD, giảm 11,2% so với cùng kỳ năm 2022."
    )

    result = extract_article(text, "2023-04", "vi", "77")

    assert {(r.period, r.measure, r.value, r.unit, r.value_as_published) for r in result.rows} == {
        ("2023-Q1", "level", "1.726", "usd_bn", ""),
        ("2023-Q1", "growth_pct", "-11.2", "pct", "giảm 11,2%"),
    }
    assert any(s.printed == "1.726 tỷ USD" and "value_as_published blank" in s.reason for s in result.skipped)


def test_growths_listed_with_their_sign_under_a_heading_in_percent():
    # http://cucthongkekg.gov.vn/
    text = (
        "Chiều ngày 2-11, Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lâm Minh Thành đã chủ trì cuộc họp thành viên ủy "
        "ban thường kỳ tháng 10, đánh giá công tác chỉ đạo điều hành của UBND tỉnh về tình hình kinh tế- xã hội "
        "tháng 10 và triển khai một số nhiệm vụ trong tháng 11/2020.\n"
        "Một số chỉ tiêu chủ yếu tháng 10 năm 2020 (+ tăng/- giảm) so với cùng kỳ năm 2019 (%)\n"
        "Tổng mức Bán lẻ +7,10\n"
        "Kim ngạch Xuất khẩu -12,95\n"
        "Kim ngạch Nhập khẩu -44,30\n"
        "Chỉ số Giá tiêu dùng CPI +4,23\n"
        "Chỉ số sản xuất ngành Công nghiệp (IIP) +6,41\n"
    )

    result = extract_article(text, "2020-11", "vi", "91")

    assert {(r.indicator_code, r.period, r.measure, r.value, r.value_as_published) for r in result.rows} == {
        ("retail_sales_services", "2020-M10", "growth_pct", "7.10", "+7,10"),
        ("export_value", "2020-M10", "growth_pct", "-12.95", "-12,95"),
        ("industrial_production_index", "2020-M10", "growth_pct", "6.41", "+6,41"),
    }


def test_an_amount_printed_glued_to_its_scale_word_is_read():
    # https://congthuong.vn/thua-thien-hue-chi-so-san-xuat-cong-nghiep-tang-truong-kha-323657.html&mobile=yes&amp=1
    text = (
        "Ngoài ra, trong tháng 5, kim ngạch xuất khẩu tại Thừa Thiên Huế ước đạt 102 triệu USD, tăng 3,2% so với tháng "
        "trước và tăng 25% so với cùng kỳ, tính chung 5 tháng, kim ngạch xuất khẩu ước đạt 460triệu USD, tăng 12,3% "
        "so với cùng kỳ."
    )

    assert ("46", "2024-YTD05", "level", "460", "460triệu USD") in rows_of(text, "2024-06", "46")
