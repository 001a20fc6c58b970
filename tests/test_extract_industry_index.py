"""`flows extract` on a bare "chỉ số sản xuất" said of industry in a summary of the economy, on a
bare "sản xuất công nghiệp" in a text on the index alone, on their English ("production index", "industrial
production"), and on an index on the month before, and on "chỉ số này" after the IIP."""

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


def test_the_index_of_a_city_s_key_industries_is_a_part_not_the_iip():
    # https://thoibaotaichinhvietnam.vn/thuc-hien-nghi-quyet-982023qh15-tp-ho-chi-minh-voi-buoc-di-than-toc-vuot-moc-thoi-gian-153277.html
    text = "Chỉ số sản xuất 4 ngành công nghiệp trọng điểm tính chung 5 tháng đầu năm 2024 tăng 4,5% so với cùng kỳ."

    result = extract_article(text, "2024", "vi", "79")

    assert result.rows == []
    assert {s.printed: s.reason for s in result.skipped}["4,5%"] == "a sub-industry, not the whole province"


def test_industrial_production_in_a_text_on_the_index_alone_is_the_index():
    # https://haiduong.gov.vn/2024/Trang/chi-so-san-xuat-cong-nghiep-thang-4-cua-hai-duong-tang-151.aspx
    text = (
        "Chỉ số sản xuất công nghiệp tháng 4 của Hải Dương tăng 15,1%\n\n"
        "Theo Cục thống kê Hải Dương, sản xuất công nghiệp tháng 4 của tỉnh tăng 15,1%. Tính chung 4 tháng đầu "
        "năm, chỉ số sản xuất công nghiệp của tỉnh tăng 14,3% so với cùng kỳ năm trước."
    )

    result = extract_article(text, "2024-04", "vi", "30")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2024-M04", "growth_pct", "15.1"),
        ("industrial_production_index", "2024-YTD04", "growth_pct", "14.3"),
    }


def test_a_bare_production_index_in_english_is_the_iip():
    # https://www.vietnam.vn/en/bo-may-chinh-quyen-dia-phuong-hai-cap-van-hanh-hieu-qua-tao-da-tang-toc-phat-trien
    text = (
        "Industry continued to affirm its leading role when the production index in July 2025 increased by 21.68% "
        "over the same period, the accumulated growth rate in 7 months reached 22.52%; of which processing and "
        "manufacturing increased by 23.36%, contributing the most to the overall growth rate."
    )

    result = extract_article(text, "2025", "en", "37")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2025-M07", "growth_pct", "21.68"),
        ("industrial_production_index", "2025-YTD07", "growth_pct", "22.52"),
    }


def test_english_industrial_production_in_a_text_on_the_index_alone_is_the_index():
    # http://haiphongdpi.gov.vn/eng/haiphong-iip-increases-over-23/
    text = (
        "Haiphong industrial production in May has increased by 24% over the same period last year. The index of "
        "industrial production (IIP) of Haiphong in the first 5 months of 2019 rises by more than 23% over 2017."
    )

    result = extract_article(text, "2019", "en", "31")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2019-M05", "growth_pct", "24"),
    }


def test_an_index_on_the_month_before_is_the_growth_on_it():
    # https://doanhnghiepkinhdoanh.doanhnhanvn.vn/thiet-hai-do-bao-yagi-grdp-hai-duong-2024-van-tang-tren-10-dung-thu-6-ca-nuoc-4220251411224859.htm
    text = (
        "Trong tháng 12/2024, chỉ số sản xuất công nghiệp của tỉnh bằng 101,2% so với tháng trước và bằng 116,8% so "
        "với cùng kỳ."
    )

    result = extract_article(text, "2024", "vi", "30")

    assert {(r.period, r.measure, r.value, r.value_as_published) for r in result.rows} == {
        ("2024-M12", "growth_prev_period_pct", "1.2", ""),  # 101,2 on the month before = 100
        ("2024-M12", "index_pct", "116.8", "116,8%"),
    }


def test_an_index_said_again_as_the_growth_on_the_month_before_is_that_growth():
    # https://vnexpress.net/binh-phuoc-tiep-tuc-tang-truong-nhieu-linh-vuc-4671139.html
    text = (
        "Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 10 đạt 102,8%, tăng hơn 2,8% so với tháng trước và đạt "
        "111,4% so với cùng kỳ năm trước."
    )

    result = extract_article(text, "2023-10", "vi", "70")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2023-M10", "growth_prev_period_pct", ">=", "2.8"),
        ("2023-M10", "index_pct", "=", "111.4"),
    }


def test_a_sub_industry_s_production_value_does_not_make_bare_industrial_production_the_value():
    # https://kontumtv.vn/video-clip/thoi-su/nam-2014-san-xuat-cong-nghiep-tinh-kon-tum-tang-97-3
    text = (
        "(kontumtv.vn) \u2013 Tháng 12/2014, sản xuất công nghiệp của tỉnh Kon Tum ước tăng gần 40% so với tháng 11 và "
        "tăng khoảng 7,4% so cùng kỳ năm 2013, nhờ gia tăng chủ yếu giá trị sản xuất ngành công nghiệp chế biến và "
        "tốc độ tăng trưởng của ngành công nghiệp khai khoáng.\n\n"
        "Kết quả hoạt động trong tháng cuối năm đã góp phần đưa  chỉ số sản xuất công nghiệp năm 2014 của tỉnh tăng "
        "khoảng 9,7% so với năm 2013."
    )

    result = extract_article(text, "2014", "vi", "62")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("industrial_production_index", "2014-M12", "growth_prev_period_pct", "~", "40"),
        ("industrial_production_index", "2014-M12", "growth_pct", "~", "7.4"),
        ("industrial_production_index", "2014", "growth_pct", "~", "9.7"),
    }


def test_this_index_after_the_iip_is_the_iip():
    # https://cafef.vn/yen-bai-but-toc-tang-truong-cham-nguong-2-con-so-188250403080113126.chn
    text = (
        "Sản xuất công nghiệp, kinh doanh thương mại, dịch vụ tại Yên Bái tiếp tục duy trì tốc độ tăng trưởng khá, "
        "góp phần thúc đẩy phát triển kinh tế của tỉnh. Riêng tháng 3, chỉ số sản xuất toàn ngành công nghiệp ước "
        "tăng 20,83% so với tháng trước và tăng 17,84% so với cùng kỳ năm trước. Tính chung 3 tháng đầu năm 2025, "
        "chỉ số này dự kiến tăng 11,89% so với cùng kỳ."
    )

    result = extract_article(text, "2025-04", "vi", "15")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2025-M03", "growth_prev_period_pct", "20.83"),
        ("industrial_production_index", "2025-M03", "growth_pct", "17.84"),
        ("industrial_production_index", "2025-YTD03", "growth_pct", "11.89"),
    }


def test_this_index_after_another_index_is_not_the_iip():
    # "chỉ số này" speaks of the index named last: after consumer prices, not the IIP named before them
    text = (
        "Chỉ số sản xuất công nghiệp quý I tăng 8,2% so với cùng kỳ. Chỉ số giá tiêu dùng bình quân quý I tăng "
        "3,1%. Riêng tháng 3, chỉ số này tăng 0,4% so với tháng trước."
    )

    result = extract_article(text, "2025-04", "vi", "15")

    assert {(r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("industrial_production_index", "2025-Q1", "8.2"),
    }


def test_ipi_is_the_index_of_industrial_production():
    # https://news.baokhanhhoa.vn/economics/201408/industry-and-trade-cooperation-in-region-of-central-coast-and-highlands-2329918
    text = (
        "Export turnover hit USD3,737.68 million, making up 5.27% of the country\u2019s figure and increasing by 12.88% "
        "year-on-year. Some provinces having higher growth rate than the figure 14.9% of the whole country were Gia "
        "Lai, Lam Dong, Thua Thien Hue and Quang Nam.\n\n"
        "In Khanh Hoa Province, IPI in the first half of 2014 made a 7% rise year-on-year."
    )

    result = extract_article(text, "2014-08-05", "en", None)

    assert {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("56", "industrial_production_index", "2014-H1", "growth_pct", "7")
    }


def test_the_index_named_with_its_abbreviation_in_brackets_inside_its_name():
    # http://beta.anhp.vn/chi-so-phat-trien-san-xuat-cong-nghiep-2-thang-dau-nam-tang-2061-d18476.html
    text = (
        "Theo Cục Thống kê thành phố, chỉ số phát triển sản xuất (PTSX) công nghiệp trên địa bàn thành phố tháng "
        "2-2018 ước tăng 9,02% so với cùng kỳ."
    )

    result = extract_article(text, "2018-03-22", "vi", "31")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2018-M02", "growth_pct", "9.02")
    }


def test_the_index_s_abbreviation_printed_against_the_next_word_or_standing_for_its_words():
    # https://thanhphohaiphong.gov.vn/san-xuat-cong-nghiep-cua-hai-phong-tiep-tuc-tang-truong-cao.html/amp
    text = (
        "Chỉ số phát triển sản xuất (PTSX)công nghiệp trên địa bàn thành phố tháng 10 tăng 4,22% so với tháng trước "
        "và tăng 29,34% so với cùng kỳ năm 2017. Tính chung 10 tháng, chỉ số PTSX công nghiệp tăng 25,62% so với "
        "cùng kỳ năm 2017, cao nhất trong nhiều năm qua."
    )

    result = extract_article(text, "2018-11", "vi", "31")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2018-M10", "growth_prev_period_pct", "4.22"),
        ("industrial_production_index", "2018-M10", "growth_pct", "29.34"),
        ("industrial_production_index", "2018-YTD10", "growth_pct", "25.62"),
    }


def test_the_index_of_the_whole_industry_named_without_production():
    # https://congthuong.vn/lam-dong-chi-so-san-xuat-toan-nganh-cong-nghiep-giam-so-voi-cung-ky-306769.html&mobile=yes&amp=1
    text = (
        "Chiều ngày 4/3, tại hội nghị giao ban và cung cấp thông tin báo chí tháng 3/2024, ông Ngô Văn Ninh, Chánh "
        "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng thông tin cho biết: Trong tháng 2/2024, chỉ số toàn ngành công "
        "nghiệp giảm 5,6%, trong đó, ngành công nghiệp khai khoáng giảm 34%; ngành công nghiệp chế biến, chế tạo "
        "giảm 2,1%; sản xuất và phân phối điện giảm 9% so với cùng kỳ."
    )

    result = extract_article(text, "2024-03", "vi", "68")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2024-M02", "growth_pct", "-5.6")
    }


def test_du_tinh_is_an_estimate_word_that_lets_the_sentence_go_on_about_the_index_before():
    # http://beta.anhp.vn/chi-so-phat-trien-san-xuat-cong-nghiep-2-thang-dau-nam-tang-2061-d18476.html
    text = (
        "Theo Cục Thống kê thành phố, chỉ số phát triển sản xuất công nghiệp trên địa bàn thành phố tháng 2-2018 ước "
        "tăng 9,02% so với cùng kỳ. Dự tính 2 tháng đầu năm tăng 20,61% so cùng kỳ. Trong đó ngành khai khoáng tăng "
        "38,84%; ngành chế biến, chế tạo tăng 22,74%."
    )

    result = extract_article(text, "2018-03-22", "vi", "31")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2018-M02", "growth_pct", "9.02"),
        ("industrial_production_index", "2018-YTD02", "growth_pct", "20.61"),
    }


def test_a_bare_production_value_after_industrial_production_is_the_industry_s_output_value():
    # http://baodongthap.vn/kinh-te/san-xuat-cong-nghiep-tang-truong-on-dinh-87904.aspx
    text = (
        "ĐTO - Sản xuất công nghiệp trong tháng 10 tăng trưởng ổn định với giá trị sản xuất ước đạt trên 5.700 tỷ "
        "đồng, tăng 3,12% so với tháng trước, tăng 8,53% so với cùng kỳ năm trước."
    )

    result = extract_article(text, "2019-11-20", "vi", "87")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("industrial_output_value", "2019-M10", "level", ">=", "5700"),
        ("industrial_output_value", "2019-M10", "growth_prev_period_pct", "=", "3.12"),
        ("industrial_output_value", "2019-M10", "growth_pct", "=", "8.53"),
    }


def test_an_amount_in_dong_industrial_production_made_is_the_industry_s_output_value():
    # http://www.thtg.vn/cuc-thong-ke-tien-giang-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2020/
    text = (
        "Theo số liệu được Cục thống kê công bố, 6 tháng đầu năm 2020, tổng sản phẩm trên địa bàn tỉnh Tiền Giang ước "
        "đạt 28.148 tỷ đồng, giảm 0,8% so với cùng kỳ. Sản xuất công nghiệp chịu ảnh hưởng từ dịch Covid-19 thực "
        "hiện 41.900 tỷ đồng, tăng 1,2% so cùng kỳ."
    )

    result = extract_article(text, "2020-06", "vi", "82")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2020-H1", "level", "41900"),
        ("industrial_output_value", "2020-H1", "growth_pct", "1.2"),
    }


def test_a_bare_growth_of_industrial_production_in_a_text_naming_neither_indicator_is_the_index():
    # https://vnexpress.net/thanh-hoa-thu-ngan-sach-gan-55-000-ty-dong-4990519.html
    text = (
        "Theo đánh giá của lãnh đạo tỉnh năm 2025 địa phương tiếp tục duy trì đà tăng trưởng tích cực. GRDP ước tăng "
        "8,27%, xếp thứ 15/34 tỉnh, thành phố; GRDP bình quân đầu người đạt 3.505 USD, tăng 145 USD so với năm trước.\n\n"
        "Sản xuất công nghiệp tăng 15,8%; 17 trong số 19 sản phẩm chủ lực tăng trưởng."
    )

    result = extract_article(text, "2025-12-06", "vi", "38")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2025", "growth_pct", "15.8")
    }


def test_a_rise_reaching_a_small_percentage_is_the_index_s_growth_not_the_index():
    # https://www.baogiaothong.vn/nam-2017-nhieu-chi-so-kinh-te-dau-tu-binh-duong-tang-ky-luc-d240235.html
    text = (
        "Chiều 11/1, tại buổi giao ban báo chí, UBND tỉnh Bình Dương thông tin, năm 2017, tổng sản phẩm (GRDP) tăng "
        "9,15% (so với kế hoạch là 8,3%).\n"
        "Riêng chỉ số phát triển công nghiệp tiếp tục tăng cao, đạt 10,98%."
    )

    result = extract_article(text, "2018-01-11", "vi", "74")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2017", "growth_pct", "10.98")
    }


def test_the_index_named_with_cn_for_cong_nghiep_is_the_iip():
    # https://vccinews.vn/prode/24432/cong-nghiep-tang-truong-theo-huong-xanh-ben-vung.html
    text = (
        "Trong năm 2018, ngành công nghiệp tỉnh Bạc Liêu đã gặt hái không ít thành công. Chỉ số phát triển sản xuất "
        "CN tăng 12,30% so với cùng kỳ năm trước. Trong đó, ngành khai khoáng tăng 13,84%; ngành CN chế biến, chế tạo "
        "tăng 12,32%."
    )

    result = extract_article(text, "2018", "vi", "95")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2018", "growth_pct", "12.30")
    }


def test_the_index_of_the_key_industries_a_city_sums_up_is_a_part_in_english_too():
    # https://en.vietnamplus.vn/hcm-citys-industrial-production-picks-up-7-percent/155892.vnp
    text = (
        "Ho Chi Minh City\u2019s Index of Industrial Production (IIP) in the first six months of the year expanded "
        "7 percent from the same time last year, propped up by high growth of the processing sector.However, "
        "production of four key industries, namely mechanics, food processing, chemicals, plastics and rubber, and "
        "electronics and information technology, grew only 5.5 percent, as compared to 9.5 percent in the first "
        "half of 2018.To be more specific, mechanics, food processing, and chemicals-rubber-plastics experienced a "
        "modest increase of 3 percent, 1 percent and 0.8 percent. However, the IIP of the four key industries was "
        "backed by the electronics and IT\u2019s growth of 28.3 percent."
    )

    result = extract_article(text, "2019-07-11", "en", "79")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2019-H1", "growth_pct", "7")
    }
