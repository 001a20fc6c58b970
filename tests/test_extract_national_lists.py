"""`flows extract` on a national report's list of provinces, each with its own figure, under an
indicator named in the sentence before ("chỉ số sản xuất" alone is the industrial production index),
and on English spellings of periods and currencies the rules first met there; a region named before
a province's figure."""

from support import eval_article

from flows.extract import extract_article


def extract_eval_article(source_id: str):
    text, meta = eval_article(source_id)
    return extract_article(text, meta["published_on"], meta["language"], None, meta["kind"])


def test_a_list_of_provinces_falls_takes_the_index_named_alone_the_sentence_before():
    # https://thanhnien.vn/tai-chinh-kinh-doanh/chi-so-san-xuat-tai-tphcm-lao-doc-gan-50-1445252.html
    # "… trong tháng 8, chỉ số sản xuất tháng 8 so với cùng ký năm trước tại nhiều địa phương giảm mạnh. Mức
    # giảm cao nhất là tỉnh Bến Tre giảm 60,1%; Đồng Tháp giảm 59,1%; TP.HCM giảm 49,2%; …"
    result = extract_eval_article("thanhnien-2021-09-iip-thang-8-dia-phuong-giam")

    assert {(r.indicator_code, r.period, r.measure, r.status) for r in result.rows} == {
        ("industrial_production_index", "2021-M08", "growth_pct", "estimate")
    }
    values = {r.province_code: (r.value, r.value_as_published) for r in result.rows}
    assert values["83"] == ("-60.1", "giảm 60,1%")  # Bến Tre
    assert values["79"] == ("-49.2", "giảm 49,2%")  # TP.HCM
    assert values["49"] == values["89"] == ("-15.5", "giảm 15,5%")  # "An Giang và Quảng Nam cùng giảm 15,5%"
    assert values["77"] == ("-3.7", "giảm 3,7%")  # Bà Rịa-Vũng Tàu
    assert len(values) == 19


def test_the_index_of_an_industry_named_after_the_words_stays_the_industrys():
    # "Trong các ngành công nghiệp cấp II, một số ngành ghi nhận sự phục hồi tích cực, chỉ số sản xuất đạt mức
    # tăng khá so với cùng kỳ năm trước: Ngành sản xuất da … tăng 11,71%; …"
    result = extract_eval_article("thongkevinhphuc-nien-giam-2022-cong-nghiep")

    assert "11.71" not in {r.value for r in result.rows}


def test_quarter_spelt_with_its_number_after_names_the_quarter():
    # https://en.vietnamplus.vn/kien-giang-province-eyes-127-percent-export-growth-in-q2/198320.vnp
    text = (
        "Kien Giang (VNA) - The Mekong Delta province of Kien Giang is aiming at 218 million USD in export "
        "revenue in Quarter 2, a year-on-year surge of 12.7 percent.\n"
        "According to the provincial Department of Industry and Trade, the locality pocketed more than 136 "
        "million USD from exports in Quarter 1, down 15.5 percent year-on-year."
    )

    result = extract_article(text, "2021-04", "en", "91")

    assert {(r.period, r.measure, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2021-Q2", "level", "target", "=", "218"),
        ("2021-Q2", "growth_pct", "target", "=", "12.7"),
        ("2021-Q1", "level", "estimate", ">=", "136"),
        ("2021-Q1", "growth_pct", "estimate", "=", "-15.5"),
    }


def test_a_province_ranked_in_the_country_and_figures_taken_in_turn_by_the_subjects():
    # https://english.haiquanonline.com.vn/binh-duong-and-thai-nguyen-exceeded-bac-ninh-on-exports-2698.html
    # "…, Ho Chi Minh city continued to be a leading province on exports of the whole country with turnover
    # of $US 2.584 billion."
    # "Accordingly, Binh Duong and Thai Nguyen passed Bac Ninh to be … with respective turnovers of $US
    # 1.627 billion and $US 1.525 billion, meanwhile Bac Ninh only reached $US 1.432 billion."
    result = extract_eval_article("haiquanonline-en-2017-binh-duong-thai-nguyen-exceed-bac-ninh")

    january = {(r.province_code, r.value, r.value_as_published) for r in result.rows if r.period == "2017-M01"}
    assert january == {
        ("79", "2.584", "$US 2.584 billion"),
        ("74", "1.627", "$US 1.627 billion"),
        ("19", "1.525", "$US 1.525 billion"),
        ("27", "1.432", "$US 1.432 billion"),
    }


def test_the_time_of_a_cause_is_not_the_period_of_the_running_total_after_it():
    # https://sct.dongnai.gov.vn/vi/news/San-xuat-cong-nghiep-thuong-mai/hoat-dong-kinh-doanh-thuong-mai-tren-dia-ban-tinh-9-thang-nam-2022-4192.html
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 9 ước đạt 19.94,67tỷ đồng, tăng 3% so tháng trước "
        "và tăng 53,27% so tháng cùng kỳ. Sở dĩ tháng 9 tăng cao so cùng kỳ là do tháng 9/2021 toàn tỉnh đang "
        "thực hiện giãn cách xã hội nên tổng mức bán lẻ hàng hóa và doanh thu dịch vụ giảm sâu.\n"
        "Lũy kế 9 tháng đầu năm đạt 168.613,31 tỷ đồng, tăng 22,66% so cùng kỳ."
    )

    result = extract_article(text, "2022", "vi", "75")

    running = {(r.period, r.measure, r.value) for r in result.rows if r.period.endswith("YTD09")}
    assert running == {("2022-YTD09", "level", "168613.31"), ("2022-YTD09", "growth_pct", "22.66")}


def test_a_running_total_with_estimate_misspelt_uoc_continues_the_indicator_before():
    # https://m.vietnamnet.vn/vn/kinh-doanh/thi-truong/quang-ninh-tang-truong-kinh-te-vuot-bac-7-thang-dau-nam-564753.html
    text = (
        "Khu vực dịch vụ, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 7 ước đạt 8,8 nghìn tỉ đồng, tăng "
        "19,4% cùng kỳ. Lũy kế 7 tháng uớc đạt 57 nghìn tỉ đồng, tăng 78,6%."
    )

    result = extract_article(text, "2019", "vi", "22")

    running = {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows if "YTD" in r.period}
    assert running == {
        ("retail_sales_services", "2019-YTD07", "level", "estimate", "57"),
        ("retail_sales_services", "2019-YTD07", "growth_pct", "estimate", "78.6"),
    }


def test_these_two_localities_respectively_are_the_places_named_before_in_turn():
    # https://thoibaotaichinhvietnam.vn/ho-chi-minh-city-and-bac-ninh-report-export-turnover-of-more-than-usd20-billion-in-7-months-134075.html
    text = (
        "According to the General Department of Customs, Ho Chi Minh City and Bac Ninh were two localities that "
        "recorded export turnover of goods exceeding USD20 billion.\n\n"
        "Specifically, the export turnover of these two localities as of July 2023 reached USD23.6 billion and "
        "USD20.6 billion, respectively, ranking first and second in the country."
    )

    result = extract_article(text, "2023-08-16", "en", None)

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("79", "2023-YTD07", "23.6"),
        ("27", "2023-YTD07", "20.6"),
    }  # "as of July 2023": the running total to July's end


def test_earlier_years_in_brackets_are_the_same_part_of_those_years_and_a_year_on_is_actual():
    # http://english.quangnam.gov.vn/CMSPages/BaiViet/Default.aspx?IDBaiViet=6046
    text = (
        "At the regular meeting in May, PPC informed that in the first 5 months of the year, the industrial "
        "production index increased nearly 5.2% over the same period; higher than in recent years (2018 "
        "increased 2.9%, 2017 increased 3.2%)."
    )

    result = extract_article(text, "2019-05-31", "en", "49")

    assert {(r.period, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2019-YTD05", "estimate", "~", "5.2"),
        ("2018-YTD05", "actual", "=", "2.9"),  # ended a full year before publication
        ("2017-YTD05", "actual", "=", "3.2"),
    }


def test_a_mark_not_reached_is_not_the_figure_said_after_it():
    # http://gialaitv.vn/tin-tuc/tin-dia-phuong/gia-lai-kim-ngach-xuat-khau-7-thang-dau-nam-dat-295-trieu-usd/
    text = (
        "Kết quả 7 tháng đầu năm, kim ngạch xuất khẩu chưa đạt 50% so với kế hoạch cả năm.\n\n"
        "Cụ thể, kim ngạch xuất khẩu tháng 7 ước đạt 45 triệu USD, tính chung 7 tháng đạt hơn 295 triệu USD, "
        "bằng 46,88% kế hoạch, tăng 1,75% so với cùng kỳ."
    )

    result = extract_article(text, "2020-08", "vi", "64")

    shares = {(r.period, r.value) for r in result.rows if r.measure == "plan_share_pct"}
    assert shares == {("2020-YTD07", "46.88")}
    assert ("50%", "a mark not reached ('chưa đạt 50%'), not the figure") in {
        (s.printed, s.reason) for s in result.skipped
    }


def test_a_sentence_built_on_a_target_just_said_is_a_target():
    # https://en.vietnamplus.vn/kien-giang-province-eyes-127-percent-export-growth-in-q2/198320.vnp
    text = (
        "Kien Giang (VNA) - The Mekong Delta province of Kien Giang is aiming at 218 million USD in export "
        "revenue in Quarter 2, a year-on-year surge of 12.7 percent.\n"
        "With this figure, total earnings from exports in the first half will likely top more than 355 million "
        "USD, accounting for 47.3 percent of the annual plan and up 2.3 percent year-on-year."
    )

    result = extract_article(text, "2021-04", "en", "91")

    half = {(r.measure, r.status, r.comparator, r.value) for r in result.rows if r.period == "2021-H1"}
    assert half == {
        ("level", "target", ">=", "355"),
        ("plan_share_pct", "target", "=", "47.3"),
        ("growth_pct", "target", "=", "2.3"),
    }


def test_fulfilling_a_share_of_the_yearly_target_after_a_rise_is_the_share_not_an_excess():
    # http://bizhub.vn/news/dong-nai-sees-158-rise-in-exports_6447.html
    text = (
        "DONG NAI (Biz Hub) \u2014 The southern province of Dong Nai earned US$6.053 billion from exports in the "
        "first half of this year, a 15.8 per cent rise year-on-year, fulfilling 50.8 per cent of its yearly target."
    )

    result = extract_article(text, "2014-07", "en", "75")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2014-H1", "level", "6.053"),
        ("2014-H1", "growth_pct", "15.8"),
        ("2014-H1", "plan_share_pct", "50.8"),
    }


def test_the_year_of_a_plan_set_is_the_plans_not_the_figures():
    # http://m.baokontum.com.vn/kinh-te/so-cong-thuong-trien-khai-nhiem-vu-cac-thang-cuoi-nam-2019-12823.html
    text = (
        "Ngày 7/10, Sở Công thương tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ sản xuất, kinh doanh 9 "
        "tháng và triển khai phương hướng hoạt động của các tháng cuối năm 2019.\n\n"
        "Theo đó, chỉ số phát triển công nghiệp toàn ngành 9 tháng tăng 16,6%, tổng mức lưu chuyển hàng hoá bán "
        "lẻ và doanh thu dịch vụ trên thị trường tăng 13,63% so với cùng kỳ năm 2018; kim ngạch xuất khẩu hàng "
        "hóa tuy có giảm so với cùng kỳ năm trước, nhưng vẫn đạt 72% kế hoạch đề ra của năm 2019."
    )

    result = extract_article(text, "2019-10-08", "vi", "62")

    exports = {(r.period, r.measure, r.value) for r in result.rows if r.indicator_code == "export_value"}
    assert exports == {("2019-YTD09", "plan_share_pct", "72")}


def test_an_index_estimated_to_reach_a_percentage_of_the_year_before_is_the_index():
    # http://baolamdong.vn/kinhte/202001/gia-tri-san-xuat-cong-nghiep-dat-163-ngan-ty-dong-2983849/
    text = (
        "Chỉ số sản xuất công nghiệp năm 2019 toàn ngành ước đạt 112% so cùng kỳ 2018, là mức tăng trưởng đạt kế hoạch."
    )

    result = extract_article(text, "2020-01", "vi", "68")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("industrial_production_index", "2019", "index_pct", "estimate", "112")
    }


def test_in_the_year_after_a_half_year_report_is_the_whole_year():
    # https://en.vietnamplus.vn/ben-tres-export-turnover-up-nearly-14-percent-in-h1/155354.vnp
    text = (
        "Export turnover of the Mekong Delta province of Ben Tre reached nearly 591 million USD in the first half "
        "of 2019, up 13.85 percent from the same period last year.\n"
        "Chairman of the provincial People\u2019s Committee Nguyen Huu Lap, the locality\u2019s export turnover is "
        "expected to hit 1.16 billion USD in the year."
    )

    result = extract_article(text, "2019-07", "en", "83")

    levels = {(r.period, r.status, r.value) for r in result.rows if r.measure == "level"}
    assert levels == {("2019-H1", "estimate", "591"), ("2019", "estimate", "1.16")}


def test_a_range_is_its_lower_bound_and_a_period_after_a_preposition_is_the_figures():
    # https://en.vietnamplus.vn/dong-nai-targets-67b-usd-in-exports-for-h2/46703.vnp
    text = (
        "To achieve the target of total export turnover for the year, which was an increase of 12-15 percent "
        "compared with 2012, the province would have to earn more than 6.7 billion USD in the second half of the "
        "year, the department said."
    )

    result = extract_article(text, "2013-07", "en", "75")

    rows = {(r.period, r.measure, r.status, r.comparator, r.value, r.value_as_published) for r in result.rows}
    assert rows == {
        ("2013", "growth_pct", "target", ">=", "12", ""),  # the loader reads no range: printed form left blank
        ("2013-H2", "level", "target", ">=", "6.7", "6.7 billion USD"),
    }
    assert all(r.quote in text for r in result.rows)


def test_the_figure_right_after_a_plan_exceeded_is_by_how_much():
    # https://congluan.vn/gia-tri-san-xuat-cong-nghiep-cua-ha-tinh-dat-gan-28-ngan-ty-dong-post31126.html
    text = (
        "(CLO) Năm 2017 là năm Hà Tĩnh có giá trị sản xuất công nghiệp đạt mức tăng trưởng cao so với năm "
        "trước, vượt 27,3% so với kế hoạch đề ra.\n"
        "Theo báo cáo của Sở Công thương Hà Tĩnh, năm 2017, sản xuất công nghiệp- Tiểu thụ công nghiệp của Hà "
        "Tĩnh ước đạt 27.993,9 tỷ đồng, tăng 89,87% so với năm 2016, vượt kế hoạch đề ra 27,3%."
    )

    result = extract_article(text, "2017", "vi", "42")

    assert {(r.measure, r.status, r.value) for r in result.rows} == {
        ("level", "estimate", "27993.9"),
        ("growth_pct", "estimate", "89.87"),
        ("plan_excess_pct", "estimate", "27.3"),  # not a growth the plan set
    }


def test_a_yearly_trade_reports_figures_are_of_its_year():
    # https://thoibaotaichinhvietnam.vn/ho-chi-minh-city-and-bac-ninh-report-export-turnover-of-more-than-usd20-billion-in-7-months-134075.html
    text = (
        "Following was Binh Duong, with export turnover in the first 7 months of the year reaching USD17.34 "
        "billion.\n\nAccording to the Vietnam Import and Export Report 2022, Ho Chi Minh City also led the 10 "
        "provinces and cities with the highest export turnover of the country with USD47.5 billion./."
    )

    result = extract_article(text, "2023-08-16", "en", None)

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("74", "2023-YTD07", "17.34"),
        ("79", "2022", "47.5"),
    }


def test_a_region_is_not_an_economic_sector_and_its_province_takes_its_own_figure():
    # http://vinanet.vn/xuat-nhap-khau/nam-2013-co-19-tinh-thanh-co-kim-ngach-xuat-khau-tren-1-ti-usd-482742.html
    text = (
        "Theo thống kê sơ bộ vừa được Tổng cục Hải quan công bố, năm 2013 cả nước có 19 tỉnh, thành phố đạt giá "
        "trị kim ngạch XK từ 1 tỉ USD trở lên.\n\n"
        "Trong các địa phương có kim ngạch XK “tỉ đô” có 2 địa bàn đạt kim ngạch trên 20 tỉ USD là TP.HCM đạt "
        "29,488 tỉ USD, chiếm 22,3% tổng giá trị kim ngạch XK cả nước năm 2013; Bắc Ninh đạt 25,057 tỉ USD, chiếm "
        "18,96% tổng giá trị kim ngạch XK cả nước. Ngoài ra có 2 tỉnh đạt kim ngạch trên 10 tỉ USD là Bình Dương "
        "(14,813 tỉ USD); Đồng Nai (10,976 tỉ USD).\n\n"
        "Tổng giá trị kim ngạch XK của 19 thành viên “câu lạc bộ tỉ đô” đạt trên 115,7 tỉ USD, chiếm gần 87,6% "
        "tổng kim ngạch XK của cả nước năm 2013 (cả nước đạt 132,1 tỉ USD).\n\n"
        "Trong năm 2013, chỉ còn khu vực Tây Nguyên chưa có địa phương nào đạt giá trị kim ngạch XK 1 tỉ USD trở "
        "lên. Địa phương có kim ngạch XK lớn nhất ở khu vực này là Đắk Lắk đạt 982,7 triệu USD."
    )

    result = extract_article(text, "2014-01", "vi", None)

    assert {(r.province_code, r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("79", "export_value", "2013", "29.488"),
        ("27", "export_value", "2013", "25.057"),
        ("74", "export_value", "2013", "14.813"),
        ("75", "export_value", "2013", "10.976"),
        ("66", "export_value", "2013", "982.7"),  # not 'an economic sector': "khu vực này" is Tây Nguyên
    }


def test_a_plan_said_exceeded_then_by_how_much_is_the_figure_and_many_years_past_is_no_year():
    # https://baodongkhoi.vn/nganh-cong-nghiep-ben-tre-voi-nhung-con-so-19122013-a29561.html
    text = (
        "Năm 2013 là năm đầu tiên trong nhiều năm qua, giá trị sản xuất công nghiệp được ghi nhận vượt chỉ tiêu kế "
        "hoạch. Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (CN-TTCN) ước thực hiện trong năm đạt 6.550 tỷ "
        "đồng, tăng 20,06% so với năm trước (tương đương tăng 1.094 tỷ đồng) và vượt 4,97% kế hoạch năm."
    )

    result = extract_article(text, "2013-12", "vi", "83")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2013", "level", "=", "6550"),
        ("2013", "growth_pct", "=", "20.06"),
        ("2013", "plan_excess_pct", "=", "4.97"),  # not '>=' 0 from 'vượt chỉ tiêu kế hoạch', nor of 2012
    }
    # the figureless row it replaced is in the review, with the figure that stands for it
    (set_aside,) = [s for s in result.skipped if s.reason.startswith("said again below")]
    assert (set_aside.line, set_aside.reason) == (1, "said again below with its figure, 4.97")
    assert "vượt chỉ tiêu kế hoạch" in set_aside.sentence


def test_a_key_economic_region_a_total_of_the_places_named_and_a_level_changed_from_in_its_year():
    # https://viettimes.vn/nam-2015-co-6-tinh-thanh-xuat-khau-dat-hon-10-ty-usd-post19649.html
    text = (
        "Theo số liệu của Tổng cục Hải quan, năm 2015, cả nước có 6 tỉnh, thành phố đạt giá trị kim ngạch xuất "
        "khẩu từ 10 tỷ USD trở lên, tăng 1 địa phương so với năm 2014, trong đó Bắc Ninh (21,532 tỷ USD); \n\n"
        "Thái Nguyên; Hà Nội (10,475 tỷ USD) và khu vực kinh tế trọng điểm Đông Nam bộ gồm: TP Hồ Chí Minh "
        "(30,265 tỷ USD); Bình Dương (18,651 tỷ USD); Đồng Nai (14,063 tỷ USD). \n\n"
        "Tổng giá trị kim ngạch xuất khẩu của 6 địa phương nêu trên đạt 110,959 tỷ USD, chiếm hơn 68,4% tổng giá "
        "trị kim ngạch xuất khẩu cả nước (cả nước xuất khẩu 162,111 tỷ USD). \n\n"
        "Năm 2015, Thái Nguyên với sự tăng trưởng nhảy vọt về kim ngạch từ 7,927 tỷ USD năm 2014 lên 15,973 tỷ USD "
        "năm 2015, tăng tới hơn 8 tỷ USD. Kim ngạch trên giúp Thái Nguyên vượt qua Đồng Nai và Hà Nội để trở thành "
        "địa phương đứng thứ 4 về xuất khẩu sau TP Hồ Chí Minh, Bắc Ninh và Bình Dương."
    )

    result = extract_article(text, "2016-01", "vi", None)

    assert {(r.province_code, r.period, r.comparator, r.value) for r in result.rows} == {
        ("27", "2015", "=", "21.532"),
        ("01", "2015", "=", "10.475"),
        ("79", "2015", "=", "30.265"),  # "khu vực kinh tế trọng điểm Đông Nam bộ gồm:" is a region, not a sector
        ("74", "2015", "=", "18.651"),
        ("75", "2015", "=", "14.063"),
        ("19", "2015", "=", "15.973"),
    }
    reasons = {(s.printed, s.reason) for s in result.skipped}
    assert ("110,959 tỷ USD", "a total of several places") in reasons  # not TPHCM's and Bình Dương's
    assert ("7,927 tỷ USD", "the level it changed from ('from 3.35 billion USD to 3.15 billion USD')") in reasons


def test_a_province_ranked_first_nationwide_keeps_its_figure():
    # https://en.vietnamplus.vn/bac-ninh-takes-lead-in-industrial-production-value/194053.vnp
    text = (
        "Bac Ninh province, an industrial hub in northern Vietnam, has ranked first nationwide in terms of "
        "industrial production value this year, posting a figure of 1,128 trillion VND (48.9 billion USD), up 2.9 "
        "percent year-on-year despite COVID-19."
    )

    result = extract_article(text, "2020-12", "en", "27")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2020", "level", "1128"),
        ("industrial_output_value", "2020", "growth_pct", "2.9"),
    }


def test_a_bound_a_named_list_shares_and_each_provinces_own_figures_listed_after_a_colon():
    # https://kinhtevadoisong.vn/print-168811.html
    text = (
        "Theo thống kê mới nhất của Tổng cục Hải quan, hết tháng 5/2024, cả nước có 6 tỉnh thành phố gồm TP. Hồ "
        "Chí Minh, Bắc Ninh, Bình Dương và Thái Nguyên, Hải Phòng, Bắc Giang thu về kim ngạch xuất khẩu trên 10 "
        "tỷ USD.\n\n"
        "Theo đó, 4 địa phương dẫn đầu gồm TP. Hồ Chí Minh, Bắc Ninh, Bình Dương và Thái Nguyên với kết quả lần "
        "lượt là: 17,53 tỷ USD; 14,37 tỷ USD; 13,41 tỷ USD; 13,15 tỷ USD.\n\n"
        "Vị trí thứ 5 là Hải Phòng với kim ngạch xuất khẩu đạt 12,15 tỷ USD."
    )

    result = extract_article(text, "2024", "vi", None)

    rows = {(r.province_code, r.comparator, r.value) for r in result.rows}
    assert {(p, c, v) for p, c, v in rows if c == ">="} == {
        (p, ">=", "10") for p in ("79", "27", "74", "19", "31", "24")
    }
    assert {(p, c, v) for p, c, v in rows if c == "="} == {
        ("79", "=", "17.53"), ("27", "=", "14.37"), ("74", "=", "13.41"), ("19", "=", "13.15"), ("31", "=", "12.15"),
    }  # fmt: skip
    assert {(r.period, r.measure) for r in result.rows} == {("2024-YTD05", "level")}


# https://bxdgate.baoxaydung.com.vn/11-tinh-thanh-dat-kim-ngach-xuat-khau-ty-do-277870.html
BAOXAYDUNG_Q1_2020 = (
    "(Xây dựng) - Tổng cục Hải quan vừa công bố quý I cả nước có 11 tỉnh thành đạt kim ngạch xuất khẩu từ 1 tỷ "
    "USD trở lên.\n\n"
    "TP.HCM vẫn duy trì dẫn đầu với trị giá 10,5 tỷ USD, tăng 14,6% so với cùng kỳ năm ngoái. Bắc Ninh có kim "
    "ngạch lớn thứ 2 cả nước với 8,06 tỷ USD, tăng thêm hơn 450 triệu USD so với cùng kỳ năm 2019.\n\n"
    "Cụ thể, Thái Nguyên bị sụt giảm mạnh tới hơn 400 triệu USD, từ mức 7,362 tỷ USD của quý I năm ngoái xuống "
    "còn 6,951 tỷ USD. Hà Nội giảm từ mức 3,354 tỷ USD của quý I năm ngoái xuống còn 3,15 tỷ USD."
)


def test_a_province_ranked_second_in_the_country_keeps_its_figure():
    result = extract_article(BAOXAYDUNG_Q1_2020, "2020-04-23", "vi", "27")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2020-Q1", "level", "=", "8.06")
    }  # "lớn thứ 2 cả nước" ranks Bắc Ninh; "tăng thêm hơn 450 triệu USD" is a change in amount


def test_a_province_said_to_be_number_one_of_the_country_keeps_its_figure():
    # https://tienphong.vn/dieu-gi-giup-bac-ninh-soan-ngoi-so-1-xuat-khau-cua-tphcm-post1769012.tpo
    text = (
        "Việc kim ngạch xuất khẩu của Bắc Ninh vượt TPHCM là thông tin khá bất ngờ. Bởi trước đó, trong tháng 6, "
        "TPHCM vẫn duy trì là địa phương xuất khẩu số 1 của cả nước, với kim ngạch đạt 4,1 tỷ USD."
    )

    result = extract_article(text, "2025-08-13", "vi", None)

    assert {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("79", "export_value", "2025-M06", "level", "4.1")
    }


def test_a_region_a_province_leads_and_kim_ngach_after_the_trade_named_keep_that_trade():
    # https://vnindustry.net/kim-ngach-thuong-mai-vung-dong-nam-bo-trong-7-thang-dau-nam-2023-nhu-the-nao.html
    text = (
        "7 tháng đầu năm 2023, kim ngạch xuất nhập khẩu hàng hóa của 6 địa phương thuộc khu vực Đông Nam Bộ đạt "
        "123,9 tỷ USD, tương ứng chiếm tỷ lệ 33% thương mại của Việt Nam.\n\n"
        "Về xuất khẩu, TP HCM tiếp tục dẫn đầu khu vực Đông Nam Bộ về kim ngạch với 23,6 tỷ USD, đứng sau là Bình "
        "Dương và Đồng Nai với lần lượt 17,3 tỷ USD và 12,2 tỷ USD.\n\n"
        "Về nhập khẩu, có 2 địa phương vùng Đông Nam Bộ đạt kim ngạch từ 10 tỷ USD trở lên, bao gồm TP HCM với 31 "
        "tỷ USD và Bình Dương với 12,2 tỷ USD."
    )

    result = extract_article(text, "2023", "vi", None)

    assert {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("79", "export_value", "2023-YTD07", "level", "23.6"),
        ("74", "export_value", "2023-YTD07", "level", "17.3"),
        ("75", "export_value", "2023-YTD07", "level", "12.2"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["31 tỷ USD"] == "another indicator: imports"


def test_the_sentence_after_a_region_a_province_leads_goes_on_about_the_indicator_not_the_region():
    # https://vnindustry.net/kim-ngach-thuong-mai-vung-dong-nam-bo-trong-7-thang-dau-nam-2023-nhu-the-nao.html
    text = (
        "Về xuất khẩu, TP HCM tiếp tục dẫn đầu khu vực Đông Nam Bộ về kim ngạch với 23,6 tỷ USD trong 7 tháng đầu "
        "năm 2023, đứng sau là Bình Dương và Đồng Nai với lần lượt 17,3 tỷ USD và 12,2 tỷ USD. Tây Ninh ghi nhận "
        "đạt 3,98 tỷ USD và Bà Rịa \u2013 Vũng Tàu với 3,3 tỷ USD."
    )

    result = extract_article(text, "2023", "vi", None)

    assert {(r.province_code, r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("79", "export_value", "2023-YTD07", "23.6"),
        ("74", "export_value", "2023-YTD07", "17.3"),
        ("75", "export_value", "2023-YTD07", "12.2"),
        ("72", "export_value", "2023-YTD07", "3.98"),
        ("77", "export_value", "2023-YTD07", "3.3"),
    }


def test_a_level_a_fall_started_from_and_its_base_period_are_not_the_figures():
    result = extract_article(BAOXAYDUNG_Q1_2020, "2020-04-23", "vi", None)

    rows = {(r.province_code, r.period, r.comparator, r.value) for r in result.rows if r.province_code in ("19", "01")}
    assert rows == {("19", "2020-Q1", "=", "6.951"), ("01", "2020-Q1", "=", "3.15")}


def test_this_year_said_after_a_part_of_it_without_of_is_that_parts_year():
    # http://xinhuanet.com/english/2018-07/30/c_137357078.htm
    text = (
        "Central Ha Tinh province posted the highest industrial production growth of 149.3 percent in the first "
        "seven months this year, tailed by central Thanh Hoa province (up 28 percent), northern Hai Phong city (up "
        "24.2 percent) and northern Bac Ninh province (up 19.5 percent)."
    )

    result = extract_article(text, "2018-07-30", "en", None)

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("42", "2018-YTD07", "149.3"), ("38", "2018-YTD07", "28"), ("31", "2018-YTD07", "24.2"),
        ("27", "2018-YTD07", "19.5"),
    }  # fmt: skip


def test_the_three_localities_just_named_take_as_many_figures_in_their_order():
    # https://english.haiquanonline.com.vn/two-more-localities-reach-tens-of-billions-of-dollars-in-exports-23892.html
    text = (
        "VCN - By the end of August, the country had eight localities that achieved an export turnover of US$10 "
        "billion or more, according to the General Department of Vietnam Customs.\n\n"
        "Meanwhile, Hanoi was in eighth place with US$11.36 billion, rising by 17% over the same period last year.\n\n"
        "The top three positions remained unchanged; Ho Chi Minh City was leading, followed by Bac Ninh and Binh "
        "Duong. The turnover of the three leading localities is US$32.8 billion, US$30.1 billion and US$24.1 "
        "billion."
    )

    result = extract_article(text, "2022-09-19", "en", None)

    levels = {(r.province_code, r.value) for r in result.rows if r.measure == "level" and r.comparator == "="}
    assert levels == {("01", "11.36"), ("79", "32.8"), ("27", "30.1"), ("74", "24.1")}
    assert {r.period for r in result.rows} == {"2022-YTD08"}


def test_a_province_name_with_its_dash_spaced_on_one_side_is_read():
    # https://m.baomoi.com/4-thang-san-xuat-cong-nghiep-tang-kha/c/13721767.epi
    text = (
        "Chỉ số sản xuất công nghiệp 4 tháng đầu năm so với cùng kỳ năm 2013 của một số địa phương như sau: TP Hồ "
        "Chí Minh tăng 5,2%; Đồng Nai tăng 7,4%; Đà Nẵng tăng 10,8%; Bà Rịa- Vũng Tàu tăng 0,6%; Quảng Nam tăng "
        "9,9%; Quảng Ninh giảm 0,4%; Quảng Ngãi giảm 0,2%..."
    )

    result = extract_article(text, "2014", "vi", None)

    values = {r.province_code: r.value for r in result.rows}
    assert values["77"] == "0.6"  # Bà Rịa- Vũng Tàu
    assert len(values) == 7


def test_places_named_as_examples_after_a_national_sentence_do_not_end_it():
    # https://vietnambiz.vn/10-dia-phuong-co-iip-tang-truong-cao-nhat-ca-nuoc-8-thang-dau-nam-2024-202499165022708.htm
    # "… tăng ở 61 địa phương và giảm ở hai địa phương trên cả nước. Trong đó có nhiều địa phương tăng trưởng cao
    # như: Trà Vinh, Khánh Hoà, Phú Thọ, Lai Châu,..." then "Chỉ số sản xuất ngành công nghiệp (IIP) tháng
    # 8/2024 ước tính tăng 2,0% so với tháng trước và tăng 9,5% so với cùng kỳ năm trước.": the country's
    result = extract_eval_article("vietnambiz-2024-09-top-10-iip-8-thang")

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {("84", "2024-YTD08", "45.9")}


def test_a_fall_spelt_in_words_taken_in_turn_by_provinces_each_named_with_province():
    # https://en.sggp.org.vn/iip-surges-in-55-localities-reduces-in-eight-provinces-in-first-five-months-post110230.html
    text = (
        "The IIP in the first five months of the year surged over the same period last year in 55 localities and "
        "down in eight localities nationwide, according to the report.\n\n"
        "Some localities that recorded a high growth rate were Phu Tho Province with 31.2 percent.\n\n"
        "Ha Tinh Province and Quang Ngai Province recorded a sharp fall of nine percent and 8.2 percent, "
        "respectively while the Mekong Delta province of Ca Mau reported a reduction of 2.5 percent."
    )

    result = extract_article(text, "2024-05-29", "en", None)

    rows = {(r.province_code, r.period, r.value, r.value_as_published) for r in result.rows}
    assert rows == {
        ("25", "2024-YTD05", "31.2", "31.2 percent"), ("42", "2024-YTD05", "-9", ""),
        ("51", "2024-YTD05", "-8.2", ""), ("96", "2024-YTD05", "-2.5", "a reduction of 2.5 percent"),
    }  # fmt: skip


# https://vietnamnet.vn/bac-ninh-vuot-tphcm-lan-dau-dan-dau-xuat-khau-ca-nuoc-voi-hon-93-ty-usd-2479663.html
_TOP_EXPORTERS_OF_2025 = "vietnamnet-2025-xuat-khau-nam-2025-bac-ninh-dan-dau"


def test_a_text_dated_by_its_year_alone_reads_names_in_the_latest_month_it_reports():
    # "… xuất khẩu hàng hóa tháng 12/2025 của tỉnh Bắc Ninh tiếp tục ổn định ở mức cao với 8,94 tỷ USD, đưa
    # kim ngạch xuất khẩu cả năm của tỉnh này vọt lên 93,27 tỷ USD - mức cao kỷ lục lịch sử." (dated 2025)
    result = extract_eval_article(_TOP_EXPORTERS_OF_2025)

    bac_ninh = {(r.period, r.value) for r in result.rows if r.province_code == "24"}  # Bắc Ninh since 2025-07-01
    assert bac_ninh == {("2025-M12", "8.94"), ("2025", "93.27")}
    assert not [r for r in result.rows if r.province_code == "27"]  # Bắc Ninh before the merger


def test_a_figure_after_another_places_own_in_brackets_is_the_first_places():
    # "Trong khi đó, Phú Thọ vượt qua Đồng Nai (35,01 tỷ USD) để vươn lên xếp thứ tư với kim ngạch 36,59 tỷ USD."
    result = extract_eval_article(_TOP_EXPORTERS_OF_2025)

    values = {r.province_code: r.value for r in result.rows if r.period == "2025"}
    assert values["25"] == "36.59"  # Phú Thọ
    assert values["75"] == "35.01"  # Đồng Nai


# https://en.sggp.org.vn/industrial-production-index-demonstrates-regional-variance-post116138.html
_FALLS_IN_FEBRUARY_2025 = "sggp-en-2025-03-national-iip-two-months"


def test_a_month_named_in_an_english_cause_is_not_the_period_of_the_sentences_after_it():
    # "In February 2025, the IIP was estimated to decrease by 2.2 percent compared to January, … This was due to
    # the Lunar New Year being entirely in February 2024." then "The IIP decline was particularly sharp in several
    # provinces and cities; for instance, Quang Ngai saw a decrease of 14.9 percent, Quang Nam 10.4 percent, …"
    result = extract_eval_article(_FALLS_IN_FEBRUARY_2025)

    assert {(r.period, r.status) for r in result.rows} == {("2025-M02", "estimate")}


def test_the_decline_referred_back_to_is_on_the_base_that_decline_was_said_on():
    # "In February 2025, the IIP was estimated to decrease by 2.2 percent compared to January, but increase by
    # 17.2 percent compared to the same period last year. … The IIP decline was particularly sharp in several
    # provinces and cities; for instance, Quang Ngai saw a decrease of 14.9 percent, Quang Nam 10.4 percent, …"
    result = extract_eval_article(_FALLS_IN_FEBRUARY_2025)

    values = {r.province_code: (r.measure, r.value) for r in result.rows}
    assert values["51"] == ("growth_prev_period_pct", "-14.9")  # Quảng Ngãi
    assert values["19"] == ("growth_prev_period_pct", "-1.9")  # Thái Nguyên
    assert len(values) == 8


def test_the_upper_end_of_a_range_said_with_between_and_is_not_a_figure():
    # https://bizhub.vn/ipi-rises-69-in-eight-months-post18005.html
    # "The IPI of Binh Duong, Dong Nai, Bac Ninh and Hai Duong provinces as well as HCM City was up between 6.8 and
    # 8.9 per cent."
    result = extract_eval_article("bizhub-en-2016-national-iip-eight-months")

    assert {r.province_code for r in result.rows} == {"49", "19", "31", "48", "92"}
    assert "8.9" not in {r.value for r in result.rows}


# https://english.haiquanonline.com.vn/hai-phong-bac-giang-record-exports-of-tens-of-billions-of-dollars-30407.html
_HAI_PHONG_BAC_GIANG_FIVE_MONTHS = "haiquanonline-en-2024-hai-phong-bac-giang-five-months"


def test_figures_between_semicolons_with_and_before_the_last_are_taken_respectively():
    # "The remaining four localities achieving tens of billions of dollars in exports include: Ho Chi Minh City,
    # Bac Ninh, Binh Duong and Thai Nguyen with results of US$17.53 billion; US$14.37 billion; US$13.41 billion;
    # and US$13.15 billion respectively."
    result = extract_eval_article(_HAI_PHONG_BAC_GIANG_FIVE_MONTHS)

    levels = {(r.province_code, r.value) for r in result.rows if r.period == "2024-YTD05" and r.measure == "level"}
    assert levels >= {("79", "17.53"), ("27", "14.37"), ("74", "13.41"), ("19", "13.15")}
    assert "17.53" not in {r.value for r in result.rows if r.province_code != "79"}


def test_a_month_before_a_verb_in_the_past_is_the_figures_period_even_may():
    # "Notably, Bac Ninh has found recovery momentum after a difficult start to the year (by the end of April, the
    # province still recorded negative growth compared to the same period last year). Specifically, May recorded a
    # significant breakthrough for this locality with a turnover leading the country when it reached US$3.15
    # billion."
    result = extract_eval_article(_HAI_PHONG_BAC_GIANG_FIVE_MONTHS)

    assert ("27", "2024-M05", "3.15") in {(r.province_code, r.period, r.value) for r in result.rows}
    assert "2024-YTD04" not in {r.period for r in result.rows}


def test_the_statistics_office_under_the_ministry_of_finance_gives_the_countrys_figures():
    # https://news.laodong.vn/kinh-doanh/cong-nghiep-che-bien-che-tao-cua-phu-tho-tang-truong-cao-nhat-ca-nuoc-1490276.ldo
    # "The data announced by the Department of Statistics (Ministry of Finance) recently showed that the industrial
    # production index (IIP) in the first quarter of 2025 increased by 7.8% over the same period (in the first
    # quarter of 2024, increased by 5.9%)." in a story on Phu Tho: the country's, since 2025 ("Cục Thống kê (Bộ Tài
    # chính)"); Phu Tho's own growth is its manufacturing's alone
    result = extract_eval_article("laodong-en-2025-phu-tho-manufacturing-highest-growth")

    assert result.rows == []
    assert {s.reason for s in result.skipped if s.printed in ("7.8%", "5.9%")} == {
        "a national figure, not the province's"
    }


def test_a_growth_in_the_revenue_is_of_the_indicator_said_before_for_each_province_listed():
    # https://thoibaotaichinhvietnam.vn/strong-growth-recorded-in-revenue-from-retail-services-119666.html
    # "For the whole year, total revenue from retail sales of goods and services hits 5.67 quadrillion VND …" then
    # "Localities enjoying strong growth in the revenue include HCM City (26.4%), Da Nang (14.7), Can Tho (14.2%),
    # Dong Nai (13.7%), Quang Ninh (12.1%), Hanoi (12%), and Hai Phong (10.4%)."
    result = extract_eval_article("thoibaotaichinh-en-2022-12-retail-localities-2022")

    assert {(r.indicator_code, r.period, r.measure, r.status) for r in result.rows} == {
        ("retail_sales_services", "2022", "growth_pct", "estimate")
    }
    assert {r.province_code: r.value for r in result.rows} == {
        "79": "26.4", "92": "14.2", "75": "13.7", "22": "12.1", "01": "12", "31": "10.4",
    }  # fmt: skip


def test_this_figure_after_a_sentence_on_one_province_is_that_provinces():
    # "Meanwhile, Bac Giang exports reached US$10.58 billion, ranking 6th in the country. Compared to the same period
    # in 2023, this figure grew by 19.14% (equivalent to US$ 1.7 billion)." in a text that names Hai Phong most
    result = extract_eval_article(_HAI_PHONG_BAC_GIANG_FIVE_MONTHS)

    growth = {(r.province_code, r.value) for r in result.rows if r.measure == "growth_pct"}
    assert growth == {("31", "29.25"), ("24", "19.14")}


def test_a_sentence_opening_in_particular_goes_on_about_the_one_province_the_sentence_before_named():
    # https://customsnews.vn/which-are-seven-provinces-achieved-tens-billion-of-usd-in-export-12717.html
    # "Among the other provinces, Ho Chi Minh City maintained its leading position in the country in both exports
    # and imports turnover. In particular, export turnover reached $34.8 billion, increasing by more than $3
    # billion over the same period in 2018." in a text that names Hai Phong most
    result = extract_eval_article("customsnews-en-2019-12-seven-ten-billion-export-localities")

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("31", "2019-YTD10", "11.783"), ("79", "2019-YTD10", "34.8"), ("27", "2019-YTD10", "28.4"),
    }  # fmt: skip


def test_a_lead_figure_a_national_sentence_prints_again_is_the_countrys():
    # https://baohatinh.vn/chi-so-san-xuat-cong-nghiep-tinh-ha-tinh-vot-tang-dan-dau-ca-nuoc-post149916.html
    # "(Baohatinh.vn) - Chỉ số sản xuất toàn ngành công nghiệp 2 tháng đầu năm 2018 tăng 15,2%, cao hơn nhiều so với
    # mức tăng 2,4% của cùng kỳ năm 2017." then "Theo báo cáo của Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư), …" and
    # "Tính chung 2 tháng đầu năm 2018, chỉ số sản xuất toàn ngành công nghiệp tăng 15,2% và cao hơn nhiều so với
    # mức tăng 2,4% của cùng kỳ năm 2017."
    result = extract_eval_article("baohatinh-2018-iip-2-thang-ca-nuoc")

    assert {(r.province_code, r.value) for r in result.rows} == {("27", "45.1")}  # Bắc Ninh's, from the list
    assert ("15,2%", 3) in {(s.printed, s.line) for s in result.skipped if "printed again" in s.reason}


def test_a_province_ranked_first_in_the_country_with_words_between_keeps_its_figure():
    # https://cafef.vn/dia-phuong-phia-nam-xuat-khau-20-ty-usd-nhieu-nhat-ca-nuoc-trong-6-thang-2023-188230716193331026.chn
    # "Trong đó, TP HCM tiếp tục dẫn đầu về kim ngạch xuất khẩu của cả nước với 19,95 tỷ USD."
    cafef = extract_eval_article("cafef-2023-07-xuat-khau-6-thang-7-tinh-10-ty-usd")
    # https://www.thitruonghanghoa.com/tin-tuc/tinh-co-dien-tich-nho-nhat-viet-nam-lot-top-5-dia-phuong-co-kim-ngach-xuat-khau-lon-nhat-so-huu-mat-hang-cong-nghe-ty-usd-269198.html
    # "Lũy kế 2 tháng đầu năm 2025, Thành phố Hồ Chí Minh là địa phương có kim ngạch xuất khẩu cao nhất cả nước, với
    # kim ngạch xuất khẩu đạt 7,05 tỷ USD."
    ranked = extract_eval_article("thitruonghanghoa-2025-03-xuat-khau-2-thang-dia-phuong")

    assert ("79", "2023-H1", "19.95") in {(r.province_code, r.period, r.value) for r in cafef.rows}
    assert ("79", "2025-YTD02", "7.05") in {(r.province_code, r.period, r.value) for r in ranked.rows}


def test_several_places_spoken_of_without_names_do_not_end_a_national_passage():
    # https://thoibao.online/paper/nhung-dia-phuong-nao-co-chi-so-san-xuat-cong-nghiep-tang-cao-nhat-trong-8-thang-dau-nam-2022-71677
    # "Theo Tổng cục Thống kê, tính chung 8 tháng năm 2022, chỉ số sản xuất toàn ngành công nghiệp ước tăng 9,4% so
    # với cùng kỳ năm trước. Một số địa phương có chỉ số IIP đạt mức tăng khá cao do …", then the country's IIP of
    # August, and "Địa phương có chỉ số IIP tăng cao nhất trong 8 tháng đầu năm là Bắc Giang với 50,7% ."
    result = extract_eval_article("thoibao-2022-iip-8-thang-dia-phuong")

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("24", "2022-YTD08", "growth_pct", "50.7")
    }


def test_a_bound_shared_by_the_list_named_after_it_goes_to_each_beside_their_own_figures():
    # https://logistics4vn.com/diem-danh-nhung-tinh-thanh-xuat-khau-ty-usd
    # "2 địa phương mới tham gia vào nhóm các địa phương xuất khẩu chủ lực, đạt trị giá từ 1 tỷ USD trở lên là Bắc
    # Giang và Tây Ninh. Trong đó, Bắc Giang đạt 1,04 tỷ USD, …; Tây Ninh đạt 1,103 tỷ USD, …"
    result = extract_eval_article("logistics4vn-2016-xuat-khau-5-thang-tinh-ty-usd")

    assert {(r.province_code, r.period, r.comparator, r.value) for r in result.rows} == {
        ("24", "2016-YTD05", ">=", "1"), ("72", "2016-YTD05", ">=", "1"),
        ("24", "2016-YTD05", "=", "1.04"), ("72", "2016-YTD05", "=", "1.103"),
    }  # fmt: skip


def test_a_bound_shared_by_the_provinces_listed_after_it_stays_theirs_after_a_national_source():
    # https://english.haiquanonline.com.vn/the-first-locality-reaches-10-billion-of-export-turnover-14265.html
    text = (
        "According to the General Department of Vietnam Customs, in the first quarter, 11 provinces and cities "
        "reached export turnover of US$1 billion or more including: Bac Giang, Bac Ninh, Binh Duong, Dong Nai, "
        "Hanoi, Hai Duong, Hai Phong, Long An, Tay Ninh, Ho Chi Minh City and Thai Nguyen.\n\n"
        'Compared to the same period in 2019, the number of provinces and cities that hit turnover of "billion '
        'USD" increased by one which was Tay Ninh with nearly $1.094 billion, up 9.8%, equivalent to an increase '
        "of nearly $100 million."
    )

    result = extract_article(text, "2020", "en", None)

    bounds = {r.province_code for r in result.rows if (r.comparator, r.value, r.unit) == (">=", "1", "usd_bn")}
    assert bounds == {"24", "27", "74", "75", "01", "30", "31", "80", "72", "79", "19"}
    own = {(r.province_code, r.measure, r.comparator, r.value) for r in result.rows if r.comparator != ">="}
    assert own == {("72", "level", "~", "1.094"), ("72", "growth_pct", "=", "9.8")}
    assert {r.period for r in result.rows} == {"2020-Q1"}


def test_provinces_listed_without_a_base_take_the_previous_month_the_sentence_before_said_of_many_places():
    # https://baodauthau.vn/san-xuat-cong-nghiep-cua-nhieu-dia-phuong-phuc-hoi-nhanh-chong-post117208.html
    text = (
        "(BĐT) - Theo Bộ Công Thương, trong tháng 11/2021, tình hình sản xuất công nghiệp tại nhiều địa phương "
        "đã có sự phục hồi nhanh so với tháng trước đó. Chỉ số phát triển sản xuất công nghiệp (IIP) tháng 11 "
        "của Quảng Ninh ước tăng 19,17%; Thanh Hóa tăng 15,1%; Quảng Ngãi tăng 16,11%; Thừa Thiên Huế tăng "
        "9,12%; Cần Thơ tăng 6,77%; Đồng Nai tăng 6,9%... đã góp phần vào sự phục hồi sản xuất công nghiệp của "
        "cả nước."
    )

    result = extract_article(text, "2021", "vi", None)

    assert {(r.indicator_code, r.period, r.measure) for r in result.rows} == {
        ("industrial_production_index", "2021-M11", "growth_prev_period_pct")
    }
    assert {(r.province_code, r.value) for r in result.rows} == {
        ("22", "19.17"), ("38", "15.1"), ("51", "16.11"), ("46", "9.12"), ("92", "6.77"), ("75", "6.9"),
    }  # fmt: skip


def test_provinces_listed_with_their_own_base_keep_it_after_a_sentence_on_the_previous_month():
    text = (
        "Tình hình sản xuất công nghiệp tại nhiều địa phương đã có sự phục hồi nhanh so với tháng trước đó. "
        "Chỉ số sản xuất công nghiệp tháng 11 so với cùng kỳ năm trước của Quảng Ninh tăng 19,17%; Thanh Hóa "
        "tăng 15,1%."
    )

    result = extract_article(text, "2021", "vi", None)

    assert {(r.province_code, r.measure) for r in result.rows} == {("22", "growth_pct"), ("38", "growth_pct")}


def test_figures_before_the_text_names_any_province_are_not_the_one_it_names_most():
    # https://kinhtedouong.vn/chi-so-san-xuat-cong-nghiep-tang-86-trong-11-thang-93260.html
    text = (
        "Theo đó, chỉ số IIP tháng 11 tăng 5,3% so với cùng kỳ năm 2021.\n"
        "Tính chung 11 tháng năm 2022, IIP ước tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2021 tăng 4,2%).\n"
        "Bên cạnh đó, Tổng cục Thống kê cho biết, cả nước có 61 địa phương có chỉ số IIP 11 tháng năm 2022 tăng so "
        "với cùng kỳ năm ngoái và 2 địa phương có chỉ số này giảm.\n"
        "Địa phương có chỉ số IIP tăng cao nhất trong 11 tháng đầu năm là Bắc Giang với 36,4%. Theo UBND tỉnh Bắc "
        "Giang, sản xuất nông, lâm nghiệp và thủy sản duy trì tăng trưởng ổn định mặc dù chịu ảnh hưởng bởi thời "
        "tiết diễn biến thất thường và giá vật tư đầu vào tăng cao.\n"
        "Xếp sau về tốc độ tăng IIP 11 tháng đầu năm 2022 là Cần Thơ với chỉ số IIP tăng 31,2%."
    )

    result = extract_article(text, "2022", "vi", None)

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("24", "2022-YTD11", "growth_pct", "36.4"),
        ("92", "2022-YTD11", "growth_pct", "31.2"),
    }


def test_provinces_exports_in_dollars_below_a_million_are_read_in_millions():
    # https://baovephapluat.vn/kinh-te/kinh-doanh-phap-luat/nam-tinh-thanh-xuat-khau-tren-1-ti-usd-22126.html
    text = (
        "Trong bốn tháng đầu năm, cả nước có ba tỉnh có kim ngạch xuất khẩu chưa đến 1 triệu USD đều rơi vào khu "
        "vực nêu trên. Cụ thể, Lai Châu mới đạt khoảng 270.000 USD, Bắc Kạn gần 570.000 USD, Sơn La hơn 900.000 "
        "USD."
    )

    result = extract_article(text, "2013", "vi", None)

    assert {(r.province_code, r.period, r.comparator, r.value, r.unit, r.value_as_published) for r in result.rows} == {
        ("12", "2013-YTD04", "~", "0.27", "usd_mn", ""),  # the loader reads no amount in single dollars
        ("06", "2013-YTD04", "~", "0.57", "usd_mn", ""),
        ("14", "2013-YTD04", ">=", "0.9", "usd_mn", ""),
    }
    assert {r.indicator_code for r in result.rows} == {"export_value"}


def test_a_price_in_dollars_a_tonne_is_not_an_amount():
    # https://en.vietnamplus.vn/an-giang-province-records-good-export-growth-of-key-items/137702.vnp
    text = (
        "The value increase was also boosted by high tra fish export prices which averaged 2,416 USD per tonne, up "
        "515 USD per tonnes from last year."
    )

    result = extract_article(text, "2018", "en", "89")

    assert result.rows == [] and result.skipped == []


def test_a_list_of_provinces_naming_no_period_takes_the_one_of_the_sentence_summing_them_up():
    # https://thuonghieucongluan.com.vn/diem-ten-08-dia-phuong-xuat-khau-tren-10-ty-usd-a179199.html
    text = (
        "Ba vị trí tiếp theo là Thái Nguyên, Đồng Nai và Hải Phòng với kim ngạch lần lượt là: 22,2 tỷ USD; 17,2 tỷ "
        "USD và 15,8 tỷ USD. Đáng nói là cả 8 địa phương xuất khẩu chủ lực đều có sự tăng trưởng đáng kể so với cùng "
        "kỳ năm ngoái.\n"
        "Bổ sung vào danh sách 02 vị trí 7, 8 là Bắc Giang và Hà Nội. Bắc Giang đứng thứ 7 với xấp xỉ 14 tỷ USD, "
        "tăng mạnh tới 60,2% so với cùng kỳ năm ngoái, tương đương kim ngạch tăng thêm 5,26 tỷ USD.\n"
        "Hà Nội ở vị trí thứ 8 với 11,36 tỷ USD, tăng 17% so với cùng kỳ năm ngoái, tương kim ngạch tăng thêm 1,65 "
        "tỷ USD.\n"
        "Với 167,56 tỷ USD, riêng 08 địa phương nêu trên chiếm 66,33% tổng kim ngạch xuất khẩu cả nước trong 08 "
        "tháng đầu năm."
    )

    result = extract_article(text, "2022", "vi", None)

    assert {(r.province_code, r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("24", "export_value", "2022-YTD08", "level", "~", "14"),
        ("24", "export_value", "2022-YTD08", "growth_pct", "=", "60.2"),
        ("01", "export_value", "2022-YTD08", "level", "=", "11.36"),
        ("01", "export_value", "2022-YTD08", "growth_pct", "=", "17"),
    }


def test_figures_alone_between_semicolons_the_last_two_joined_by_va_stay_in_their_list():
    # https://thuonghieucongluan.com.vn/diem-ten-08-dia-phuong-xuat-khau-tren-10-ty-usd-a179199.html
    # "Ba vị trí tiếp theo là Thái Nguyên, Đồng Nai và Hải Phòng với kim ngạch lần lượt là: 22,2 tỷ USD; 17,2 tỷ USD
    # và 15,8 tỷ USD."
    result = extract_eval_article("thuonghieucongluan-2022-xuat-khau-8-thang-dia-phuong")

    levels = {r.province_code: r.value for r in result.rows if r.measure == "level"}
    assert {code: levels.get(code) for code in ("19", "75", "31")} == {"19": "22.2", "75": "17.2", "31": "15.8"}


def test_kim_ngach_alone_of_the_n_leading_places_after_a_sentence_on_exports_is_theirs_in_turn():
    # https://thuonghieucongluan.com.vn/diem-ten-08-dia-phuong-xuat-khau-tren-10-ty-usd-a179199.html
    # "Ba vị trí xuất khẩu dẫn đầu vẫn không thay đổi, đó là TP. Hồ Chí Minh thứ nhất; thứ hai là Bắc Ninh và thứ ba
    # là Bình Dương. Kim ngạch lần lượt của 03 địa phương dẫn đầu là: 32,8 tỷ USD; 30,1 tỷ USD và 24,1 tỷ USD."
    result = extract_eval_article("thuonghieucongluan-2022-xuat-khau-8-thang-dia-phuong")

    levels = {r.province_code: (r.indicator_code, r.period, r.value) for r in result.rows if r.measure == "level"}
    assert {code: levels.get(code) for code in ("79", "27", "74")} == {
        "79": ("export_value", "2022-YTD08", "32.8"),
        "27": ("export_value", "2022-YTD08", "30.1"),
        "74": ("export_value", "2022-YTD08", "24.1"),
    }


def test_the_name_of_a_report_or_an_agency_on_trade_is_not_an_indicator_for_the_list_after_it():
    # https://thoibaotaichinhvietnam.vn/hcm-city-leads-nation-in-2023-export-earnings-report-150956.html
    # "… according to the Vietnam Import-Export Report 2023 announced by the Ministry of Industry and Trade
    # … Agency for Foreign Trade on May 16. … The southern largest economic hub was followed by the
    # northern province of Bac Ninh with over 39.3 billion USD, the southern province of Binh Duong (over 30.6
    # billion USD), …"
    result = extract_eval_article("thoibaotaichinh-en-2024-05-hcmc-leads-2023-exports")

    levels = {r.province_code: (r.indicator_code, r.period, r.comparator, r.value) for r in result.rows}
    assert {code: levels.get(code) for code in ("27", "74", "31", "75", "01")} == {
        "27": ("export_value", "2023", ">=", "39.3"),  # Bac Ninh
        "74": ("export_value", "2023", ">=", "30.6"),  # Binh Duong
        "31": ("export_value", "2023", "~", "26.8"),  # Hai Phong
        "75": ("export_value", "2023", "=", "21.6"),  # Dong Nai
        "01": ("export_value", "2023", ">=", "16.6"),  # Hanoi
    }


def test_a_text_dated_by_its_year_alone_reads_its_names_on_the_latest_day_it_names():
    # https://quangngai.gov.vn/en/news/invesment-business/central-central-highlands-industry-and-trade-conference-targets-formation-of-inter-regional-value-chains.html
    # dated 2025 alone; "on December 5ᵗʰ" puts it after 2025-07-01, so Gia Lai is the merged unit, 52
    text = (
        "ĐÀ NẴNG — The 11ᵗʰ Central\u2013Central Highlands Industry and Trade Conference opened in Đà Nẵng on December "
        "5ᵗʰ, with Deputy Chairman of the Quảng Ngãi Provincial People\u2019s Committee Trần Phước Hiền attending the "
        "event.\n"
        "The region\u2019s Index of Industrial Production (IIP) remained on an upward trajectory, with six of the 11 "
        "localities expected to record double-digit growth for the year: Nghệ An (17.5 per cent), Thanh Hóa (15 per "
        "cent), Quảng Ngãi (12.9 per cent), Huế (13.5 per cent), Đắk Lắk (12 per cent) and Gia Lai (10 per cent)."
    )

    result = extract_article(text, "2025", "en", None)

    growth = {r.province_code: r.value for r in result.rows}
    assert growth == {"40": "17.5", "38": "15", "51": "12.9", "46": "13.5", "66": "12", "52": "10"}


# https://hanam.gso.gov.vn/niengiam2018/files/basic-html/page14.html: a PDF page, its lines indented, that
# breaks a bracketed list of the region's provinces mid-name ("Bắc" / "Ninh")
HA_NAM_IN_ITS_REGION = (
    "               Chỉ số sản xuất công nghiệp (IIP) năm 2018 ước tính tăng 13,0%\n"
    "            so với năm 2017 (quý I tăng 11,1%; quý II tăng 13,2%; quý III tăng\n"
    "            13,4%; quý IV ước tính tăng 14,0%), là mức tăng cao so với các tỉnh\n"
    "\n"
    "            trong khu vực ĐBSH (Cả nước 7,08%; ĐBSH: Vĩnh Phúc 8,0%; Bắc\n"
    "            Ninh 10,6%; Hải Dương 9,1%; Hưng Yên 9,6%; Thái Bình 10,5%;\n"
    "            Nam Định 8,1%; Ninh Bình 9,0%)\n"
)


def test_a_sentence_whose_bracket_a_pdf_page_breaks_before_a_capital_is_read_whole():
    result = extract_article(HA_NAM_IN_ITS_REGION, "2018", "vi", "35")

    assert {(r.period, r.status, r.value) for r in result.rows} == {
        ("2018", "estimate", "13.0"),
        ("2018-Q1", "estimate", "11.1"),
        ("2018-Q2", "estimate", "13.2"),
        ("2018-Q3", "estimate", "13.4"),
        ("2018-Q4", "estimate", "14.0"),
    }
    assert {r.quote for r in result.rows} == {" ".join(HA_NAM_IN_ITS_REGION.split())}


def test_a_yearbooks_figures_said_estimated_are_actual():
    # "… ước tính tăng 13,0% … quý IV ước tính tăng 14,0%": the statistics office's figures, as its yearbook prints them
    result = extract_article(HA_NAM_IN_ITS_REGION, "2018", "vi", "35", "yearbook")

    assert {(r.period, r.status, r.value) for r in result.rows} == {
        ("2018", "actual", "13.0"),
        ("2018-Q1", "actual", "11.1"),
        ("2018-Q2", "actual", "13.2"),
        ("2018-Q3", "actual", "13.4"),
        ("2018-Q4", "actual", "14.0"),
    }


def test_a_region_shortened_as_statistics_offices_write_it_is_no_sector_and_its_provinces_keep_their_figures():
    result = extract_article(HA_NAM_IN_ITS_REGION, "2018", "vi", None, "yearbook")

    assert {(r.province_code, r.period, r.value) for r in result.rows} >= {
        ("26", "2018", "8.0"),  # Vĩnh Phúc, after "ĐBSH:"
        ("27", "2018", "10.6"),  # Bắc Ninh, its name broken across two lines
        ("30", "2018", "9.1"),
        ("33", "2018", "9.6"),
        ("34", "2018", "10.5"),
        ("36", "2018", "8.1"),
        ("37", "2018", "9.0"),
    }
    assert "7.08" not in {r.value for r in result.rows}  # the country's


def test_of_provinces_named_equally_often_the_one_the_headline_names_takes_the_figures_naming_none():
    text = "Page 14 - Niên giám Cục Thống kê tỉnh Hà Nam năm 2018\n\n" + HA_NAM_IN_ITS_REGION

    result = extract_article(text, "2018", "vi", None, "yearbook")

    assert {(r.period, r.value) for r in result.rows if r.province_code == "35"} == {
        ("2018", "13.0"),
        ("2018-Q1", "11.1"),
        ("2018-Q2", "13.2"),
        ("2018-Q3", "13.4"),
        ("2018-Q4", "14.0"),
    }
    assert len(result.rows) == 12  # and the region's seven others, each its own


def test_sub_industries_said_as_the_cause_of_a_rise_are_not_what_the_provinces_figures_after_them_are_of():
    # https://en.vietnamplus.vn/industrial-production-index-up-05-in-ten-months/270761.vnp
    text = (
        "Hanoi (VNA) \u2013 Vietnam\u2019s index of industrial production (IIP) edged up 0.5% in the first ten months of this "
        "year with the October IIP alone rising 4.1% year-on-year, according to the General Statistics Office.\n\n"
        "Some key industries registering increases in IIP in the first ten months of this year included rubber "
        "and plastic products (up 9.5%); tobacco (9.1%).\n\n"
        "According to the GSO, compared to the same period last year, 49 localities posted increases in their IIP "
        "while 14 localities saw decreases. Some localities have seen a fairly high increase in the IIP due to a "
        "sharp increase in the processing and manufacturing industry, electricity production and distribution "
        "industry including Dak Lak (36.9%), Bac Giang (18.6%), Phu Tho (16.8%), Nam Dinh (14.4%), Kien Giang (14%) "
        "and Hai Phong (13.5%)"
    )

    result = extract_article(text, "2023", "en", None)

    assert {(r.province_code, r.indicator_code, r.period, r.status, r.value) for r in result.rows} == {
        ("66", "industrial_production_index", "2023-YTD10", "estimate", "36.9"),
        ("24", "industrial_production_index", "2023-YTD10", "estimate", "18.6"),
        ("25", "industrial_production_index", "2023-YTD10", "estimate", "16.8"),
        ("36", "industrial_production_index", "2023-YTD10", "estimate", "14.4"),
        ("91", "industrial_production_index", "2023-YTD10", "estimate", "14"),
        ("31", "industrial_production_index", "2023-YTD10", "estimate", "13.5"),
    }


def test_a_provinces_trade_turnover_ranked_in_its_region_is_imports_and_exports_together():
    # https://congthuong.vn/long-an-dan-dau-kim-ngach-thuong-mai-hang-hoa-vung-dong-bang-song-cuu-long-352181.html&mobile=yes&amp=1
    text = (
        "Trong đó, Long An là tỉnh có kim ngạch thương mại hàng hóa lớn nhất vùng trong quý III/2024 với giá trị "
        "3,39 tỷ USD. Riêng trong tháng 9/2024, kim ngạch xuất nhập khẩu của tỉnh Long An ước đạt 1.240 triệu USD "
        "(xuất khẩu 730 triệu USD, tăng 36,96% so với cùng kỳ; nhập khẩu 510 triệu USD, tăng 22,59% so với cùng "
        "kỳ).\n\n"
        "Vĩnh Long là địa phương có kim ngạch thương mại đứng vị trí thứ 8 của vùng trong quý III/2024, đạt 448 "
        "triệu USD; sau đó là Cà Mau với 370 triệu USD và Hậu Giang với 283 triệu USD."
    )

    result = extract_article(text, "2024", "vi", None)

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("80", "2024-M09", "level", "730"),
        ("80", "2024-M09", "growth_pct", "36.96"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["448 triệu USD"] == "another indicator: imports and exports together"


def test_danang_spelt_as_one_word_is_da_nang():
    # https://vccinews.com/news/15309/.html
    text = (
        "Many major cities and provinces nationwide report an on-year reduction in industrial production value in "
        "January, for examples, southern Binh Duong province (-4.3 per cent), Hanoi Capital (-6.4 per cent), "
        "northern Quang Ninh province (-7.4 per cent) and central Danang city (-4.9 per cent)."
    )

    result = extract_article(text, "2009", "en", None)

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("74", "2009-M01", "-4.3"),
        ("01", "2009-M01", "-6.4"),
        ("22", "2009-M01", "-7.4"),
        ("48", "2009-M01", "-4.9"),
    }


def test_a_regions_total_is_no_provinces_and_its_provinces_keep_their_own_figures():
    # https://en.vietnamplus.vn/25-out-of-28-northern-localities-report-positive-industrial-production-post286188.vnp
    text = (
        "Hanoi (VNA) \u2013 As many as 25 out of 28 northern localities reported positive annual growth in industrial "
        "production in the first four months of 2024, heard a meeting in Hanoi on May 17.\n"
        "In the period, the total retail sales of goods and services revenue in the region reached over 1.4 "
        "quadrillion VND (58.3 billion USD), representing a 12.3% year-on-year increase.\n"
        "Additionally, its export turnover jumped by 18.3%, reaching an impressive figure of 120.7 billion USD. Among "
        "the standout performers in this regard, the port city of Hai Phong reported 16 billion USD, marking a 21% "
        "rise.\n"
        "Last year, the combined retail sales of goods and services revenue stood at 2.6 quadrillion VND, up 16.7% "
        "from 2022, higher than the national average of 9.6%. Meanwhile, the region\u2019s export value was 221.5 billion "
        "USD, a year-on-year rise of 1.7%."
    )

    result = extract_article(text, "2024-05", "en", None)

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("31", "2024-YTD04", "level", "16"),
        ("31", "2024-YTD04", "growth_pct", "21"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    for printed in ("12.3%", "18.3%", "120.7 billion USD", "16.7%", "221.5 billion USD", "1.7%"):
        assert reasons[printed] == "a region's total, not a province's"


def test_a_total_opening_the_sentence_after_one_on_the_regions_whole_is_the_regions():
    # https://quangngai.gov.vn/en/news/invesment-business/central-central-highlands-industry-and-trade-conference-targets-formation-of-inter-regional-value-chains.html
    text = (
        "Trade and services also posted robust growth, contributing significantly to the region\u2019s overall "
        "economic expansion.\n"
        "Total retail sales of goods and service revenue are projected to reach VN\u01101.7 quadrillion in 2025, "
        "accounting for 23.9 per cent of national turnover and marking a 12.3 per cent increase compared to 2024."
    )

    result = extract_article(text, "2025", "en", "51")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["VN\u01101.7 quadrillion"] == "a region's total, not a province's"


def test_the_whole_regions_figures_after_a_semicolon_are_no_provinces():
    # https://vov.vn/kinh-te/gia-tri-san-xuat-cong-nghiep-mien-bac-dat-hon-251000-ty-dong-154392.vov
    text = (
        "Ngày 10/9, tại Trung tâm văn hóa Kinh Bắc, thành phố Bắc Ninh (tỉnh Bắc Ninh) diễn ra Hội nghị ngành Công "
        "thương 14 tỉnh, thành phố vùng Đồng bằng sông Hồng và Bắc Trung bộ lần thứ 12.\n"
        "Theo báo cáo của Bộ Công thương: 9 tháng năm 2010, giá trị sản xuất công nghiệp toàn vùng ước đạt 251.433 "
        "tỷ đồng; tổng kim ngạch xuất khẩu đạt trên 12,1 tỷ USD, nhập khẩu đạt 22,6 tỷ USD; tổng mức bán lẻ hàng "
        "hóa và dịch vụ tiêu dùng xã hội đạt 349.784 tỷ đồng."
    )

    result = extract_article(text, "2010", "vi", None)

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["12,1 tỷ USD"] == reasons["349.784 tỷ đồng"] == "a region's total, not a province's"


def test_the_city_of_a_dateline_is_not_the_province_a_national_report_names_most():
    # https://vietnamnews.vn/economy/1729066/retail-sales-growth-remains-stable-over-10-months.html
    # "HÀ NỘI — The total retail sales of goods and consumer service revenue were estimated at VNĐ598.4 trillion
    # … last month, …", then "Đà Nẵng grew by 9.4 per cent, …, and Hà Nội by 8 per cent": the country's figures,
    # filed from the capital, and each city's own
    result = extract_eval_article("vietnamnews-en-2025-11-retail-10-months-cities")

    assert ("01", "598.4") not in {(r.province_code, r.value) for r in result.rows}
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["VNĐ598.4 trillion"].startswith("the province could not be told")


def test_a_figure_the_statistics_office_is_said_after_it_to_have_reported_is_the_countrys():
    # https://www.einpresswire.com/article/642691150/retail-sales-of-consumer-goods-services-up-10-9-in-h1
    text = (
        "The total retail sales of consumer goods and services in the second quarter of this year were estimated at "
        "VNĐ1.520 quadrillion, a year-on-year rise of 1.6 per cent, the GSO reported."
    )

    result = extract_article(text, "2023-07-03", "en", None)

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["1.6 per cent"] == "a national figure, not the province's"


def test_places_after_a_component_said_of_the_whole_take_the_whole_named_before_it():
    # "The total retail sales of goods and consumer service revenue were estimated at VNĐ5.7 quadrillion …. Of
    # this, retail sales of goods reached VNĐ4.4 quadrillion, …. Regionally, … Đà Nẵng grew by 9.4 per cent, …":
    # the cities' growth is of the total, not of the goods within it
    result = extract_eval_article("vietnamnews-en-2025-11-retail-10-months-cities")

    rows = {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows}
    assert rows == {
        ("48", "retail_sales_services", "2025-YTD10", "growth_pct", "9.4"),
        ("92", "retail_sales_services", "2025-YTD10", "growth_pct", "8.7"),
        ("79", "retail_sales_services", "2025-YTD10", "growth_pct", "8.3"),
        ("31", "retail_sales_services", "2025-YTD10", "growth_pct", "8.3"),
        ("01", "retail_sales_services", "2025-YTD10", "growth_pct", "8"),
    }


def test_a_year_inside_a_comparison_is_not_the_period_the_text_goes_on_with():
    # https://vietnamnews.vn/economy/1729066/retail-sales-growth-remains-stable-over-10-months.html
    text = (
        "The total retail sales of goods and consumer service revenue were estimated at VNĐ5.7 quadrillion for the "
        "first 10 months of the year, up 9.3 per cent compared to the same period last year, higher than the 8.8 per "
        "cent growth last year.\n\nRegionally, retail activities continued to thrive in major economic centres.\n\n"
        "Đà Nẵng grew by 9.4 per cent, Cần Thơ by 8.7 per cent."
    )

    result = extract_article(text, "2025-11-07", "en", None)

    rows = {(r.province_code, r.period, r.measure, r.value) for r in result.rows}
    assert rows == {("48", "2025-YTD10", "growth_pct", "9.4"), ("92", "2025-YTD10", "growth_pct", "8.7")}


def test_a_place_overtaken_before_the_figure_is_not_its_owner():
    # https://mekongasean.vn/8-dia-phuong-co-kim-ngach-thuong-mai-ty-usd-trong-thang-12023-post17632.html
    text = (
        "Về xuất khẩu, trong tháng 1/2023, Bắc Ninh đã vượt TP HCM để trở thành địa phương có kim ngạch xuất khẩu "
        "lớn nhất của Việt Nam với 3,36 tỷ USD. Kế tiếp là TP HCM với 2,66 tỷ USD; Thái Nguyên 2,55 tỷ USD…"
    )

    result = extract_article(text, "2023-02-13", "vi", None)

    values = {r.province_code: r.value for r in result.rows if r.period == "2023-M01"}
    assert values["27"] == "3.36"  # Bắc Ninh
    assert values["79"] == "2.66"  # TP HCM


def test_the_nations_total_under_a_photo_of_a_city_is_no_provinces():
    # https://en.vietnamplus.vn/retail-revenues-reach-nearly-102-billion-usd-in-first-half/155406.vnp
    text = (
        "Shoppers at a supermarket in Hanoi (Photo: VNA)\n\n"
        "The nation's total revenue from retail sales and services saw a significant growth of 11.5 percent to more "
        "than 23.9 quadrillion VND (nearly 102 billion USD) in the first half of this year."
    )

    result = extract_article(text, "2019-07-02", "en", None)

    assert result.rows == []
