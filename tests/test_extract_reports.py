"""`flows extract` on classes of text met in real articles: a Department's report whose items sit
under a heading naming the indicator, at two price bases; English plans said in the future; a bound
several provinces share, named in a sentence after it; a province referred back to ("this
locality", "the latter"); a running total "hết tháng 2"; a province's list of targets and the rate
of growth it strives for."""

from support import eval_article

from flows.extract import extract_article


def keys(result) -> set[tuple[str, ...]]:
    return {
        (r.province_code, r.indicator_code, r.period, r.measure, r.status, r.comparator, r.value, r.price_basis)
        for r in result.rows
    }


def test_items_under_a_heading_take_its_indicator_and_their_paragraphs_price_basis():
    # http://socongthuong.haugiang.gov.vn/so-cong-thuong-hau-giang.gplist.161.gpopen.1785.gpside.1.asmx
    text = (
        "1.1. Giá trị sản xuất công nghiệp:\n\n"
        "- Tính theo giá so sánh năm 2010 ước thực hiện tháng 09 năm 2017 được 2.173,41 tỷ đồng, tăng 10,35% so "
        "với tháng trước và tăng 17,65% so với cùng kỳ năm trước. Lũy kế 9 tháng được 16.308,04 tỷ đồng tăng "
        "11,54% so với cùng kỳ năm trước và đạt 72,85% so với kế hoạch năm.\n\n"
        "- Tính theo giá thực tế ước thực hiện tháng 09 năm 2017 được 2.797,124 tỷ đồng, tăng 10,31% so với tháng "
        "trước và tăng 18,03% so với cùng kỳ năm trước.\n\n"
        "1.2. Một số sản phẩm công nghiệp chủ yếu (ước sản lượng 9 tháng đầu năm 2017):\n\n"
        "Sản lượng thủy sản đông lạnh ước được 38.559,19 tấn, tăng 5,83% so với cùng kỳ; nước mắm ước được "
        "1.989,59 nghìn lít, tăng 3,37% so cùng kỳ;"
    )

    result = extract_article(text, "2017-10", "vi", "93")

    row = ("93", "industrial_output_value")
    assert keys(result) == {
        (*row, "2017-M09", "level", "estimate", "=", "2173.41", "constant_2010"),
        (*row, "2017-M09", "growth_prev_period_pct", "estimate", "=", "10.35", "constant_2010"),
        (*row, "2017-M09", "growth_pct", "estimate", "=", "17.65", "constant_2010"),
        (*row, "2017-YTD09", "level", "estimate", "=", "16308.04", "constant_2010"),
        (*row, "2017-YTD09", "growth_pct", "estimate", "=", "11.54", "constant_2010"),
        (*row, "2017-YTD09", "plan_share_pct", "estimate", "=", "72.85", "constant_2010"),
        (*row, "2017-M09", "level", "estimate", "=", "2797.124", "current"),
        (*row, "2017-M09", "growth_prev_period_pct", "estimate", "=", "10.31", "current"),
        (*row, "2017-M09", "growth_pct", "estimate", "=", "18.03", "current"),
    }  # the products under the next heading are not the indicator's
    assert any(s.printed == "5,83%" for s in result.skipped)


def test_items_under_a_heading_of_a_year_s_plan_are_that_year_s_targets():
    # http://beta.congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-9-thang-phuong-huong-trien-khai-nhiem-vu-3-thang-cuoi-nam-2020-5196.phtml
    text = (
        "Tính chung 9 tháng đầu năm 2020, giá trị sản xuất công nghiệp ước đạt 567.634,2 tỷ đồng, tăng 2,5% so với "
        "cùng kỳ, bằng 70,7% KH năm.\n\n"
        "II. Tình hình hoạt động ngành Công Thương 9 tháng năm 2020\n\n"
        "1. Chỉ tiêu kế hoạch năm 2020\n\n"
        "- Giá trị sản xuất công nghiệp: Tổng GTSXCN trên địa bàn (giá so sánh 2010): 803.300 tỷ đồng, tăng 8% so "
        "với thực hiện năm 2019."
    )

    result = extract_article(text, "2020", "vi", "19")

    row = ("19", "industrial_output_value")
    assert keys(result) == {
        (*row, "2020-YTD09", "level", "estimate", "=", "567634.2", ""),
        (*row, "2020-YTD09", "growth_pct", "estimate", "=", "2.5", ""),
        (*row, "2020-YTD09", "plan_share_pct", "estimate", "=", "70.7", ""),
        (*row, "2020", "level", "target", "=", "803300", "constant_2010"),
        (*row, "2020", "growth_pct", "target", "=", "8", "constant_2010"),
    }


def test_an_english_figure_said_in_the_future_of_a_period_under_way_is_a_plan():
    # https://en.vietnamplus.vn/dong-thaps-exports-post-record-high-growth-in-2022/246495.vnp
    dong_thap = "Dong Thap is set to earn 1.7 billion USD in export turnover in 2023, up 44% compared to 2022."
    # http://www.quangngai.gov.vn/eng/Pages/qnp-ppcvicechairmannguyentangbinh-qnpnd-15546-qnpnc-0-qnpsite-1.html
    quang_ngai = (
        "It is reported that in 2019, the industry strives that the industrial production value will reach VND "
        "122,578 billion, up 7.4% compared to 2018.\n\nExport turnover will reach 560 million USD, up 3.7%."
    )

    assert keys(extract_article(dong_thap, "2023-01-03", "en", "87")) == {
        ("87", "export_value", "2023", "level", "target", "=", "1.7", ""),
        ("87", "export_value", "2023", "growth_pct", "target", "=", "44", ""),
    }
    exports = {r for r in keys(extract_article(quang_ngai, "2019-03-11", "en", "51")) if r[1] == "export_value"}
    assert exports == {
        ("51", "export_value", "2019", "level", "target", "=", "560", ""),
        ("51", "export_value", "2019", "growth_pct", "target", "=", "3.7", ""),
    }
    # said in December of the year it is about, "will reach" is a forecast, not a plan
    late = extract_article(quang_ngai, "2019-12-20", "en", "51")
    assert {r.status for r in late.rows if r.indicator_code == "export_value"} == {"estimate"}


def test_what_a_need_is_to_do_in_a_year_to_come_is_a_plan():
    # https://m.2lua.vn/article/an-giang-province-promotes-agro-fishery-exports-5e743348425cc58b0d20da42.html
    text = (
        "The province has also defined that the current urgent need is to boost official key exports and bring "
        "export revenue to 1.2 billion USD in 2025."
    )

    result = extract_article(text, "2020", "en", "89")

    assert {(r.period, r.measure, r.status, r.value) for r in result.rows} == {("2025", "level", "target", "1.2")}


def test_a_bound_several_provinces_share_goes_to_those_listed_after_it_without_their_own():
    # https://vietnamnet.vn/en/business/11-localities-top-1-billion-usd-in-exports-in-q1-636742.html
    text = (
        "Eleven provinces and cities had exports of more than 1 billion USD in the first quarter and accounted "
        "for 78 percent of the nation\u2019s entire exports.\n\n"
        "Bac Giang, Bac Ninh, Binh Duong, Dong Nai, Hai Duong, Long An, Tay Ninh, and Thai Nguyen provinces and "
        "Hai Phong, Hanoi and Ho Chi Minh City accounted for exports of 49.35 billion USD between them.\n\n"
        "Tay Ninh was a new entrant to the club after managing to increase shipments by 10 percent year-on-year "
        "to 1.094 billion USD.\n\n"
        "Hanoi and Thai Nguyen bucked a trend of rising exports.\n\n"
        "The latter\u2019s dropped by over 400 million USD to 6.95 billion USD."
    )

    result = extract_article(text, "2020-04-26", "en")

    levels = {r.province_code: (r.comparator, r.value) for r in result.rows if r.measure == "level"}
    bound = (">=", "1")
    assert levels == {
        "24": bound, "27": bound, "74": bound, "75": bound, "30": bound, "80": bound, "31": bound, "01": bound,
        "79": bound, "72": ("=", "1.094"), "19": ("=", "6.95"),
    }  # fmt: skip  # Tay Ninh and Thai Nguyen ("the latter") have their own


def test_a_bound_of_several_provinces_never_named_stays_in_review():
    # http://vinanet.vn/xuat-nhap-khau/nam-2013-co-19-tinh-thanh-co-kim-ngach-xuat-khau-tren-1-ti-usd-482742.html
    text = (
        "Theo thống kê sơ bộ vừa được Tổng cục Hải quan công bố, năm 2013 cả nước có 19 tỉnh, thành phố đạt giá "
        "trị kim ngạch XK từ 1 tỉ USD trở lên.\n\nTrong năm 2013, chỉ còn khu vực Tây Nguyên chưa có địa phương "
        "nào đạt giá trị kim ngạch XK 1 tỉ USD trở lên."
    )

    result = extract_article(text, "2014-01", "vi")

    assert result.rows == []
    assert [s.reason for s in result.skipped if s.line == 1] == ["a figure several places share, not naming which"]


def test_a_province_referred_back_to_and_a_running_total_to_the_end_of_a_month():
    # https://nguyenphat.com/tp-hcm-gianh-lai-ngoi-vi-so-1-ve-xuat-khau
    text = (
        "Dù không còn giữ được vị thế dẫn đầu về xuất khẩu nhưng kết quả xuất khẩu của Thái Nguyên vẫn đạt được "
        "tăng trưởng khả quan so với cùng kỳ 2023. Cụ thể, hết tháng 2, kim ngạch của địa phương này đạt 6,48 tỷ "
        "USD, tăng tới 30,9% (tương đương kim ngạch tăng thêm 1,53 tỷ USD)."
    )
    # https://thoibaotaichinhvietnam.vn/seven-localities-report-export-turnover-of-over-usd10-billion-132205.html
    english = (
        "In the first 6 months of 2023, the whole country has 7 provinces and cities with export turnover of "
        "USD10 billion or more, according to preliminary statistics released by the General Department of "
        "Customs.\n\nCompared to the same period last year, the number of localities exporting tens of billions of USD "
        "increased by 1, namely Bac Giang province. This locality achieved an export turnover of USD10.7 billion, "
        "up 8% from the same period last year, also being a rare locality with positive export growth."
    )

    assert keys(extract_article(text, "2024-03", "vi")) == {
        ("19", "export_value", "2024-YTD02", "level", "estimate", "=", "6.48", ""),
        ("19", "export_value", "2024-YTD02", "growth_pct", "estimate", "=", "30.9", ""),
    }
    assert {(r.province_code, r.value) for r in extract_article(english, "2023-07", "en").rows} == {
        ("24", "10.7"),
        ("24", "8"),
    }


def test_the_value_of_the_months_of_this_year_after_a_sentence_glued_to_it():
    # https://en.vietnamplus.vn/can-tho-striving-to-become-trade-centre-in-mekong-delta/229154.vnp
    text = (
        "In 2031-2045, the retail sales of goods and services via supermarkets, commercial centres and convenience "
        "stores will make up 70 percent of the total, and e-commerce will drive the city\u2019s trade.\n\n"
        "Last year, despite the COVID-19 pandemic, Can Tho still earned nearly 140 trillion VND (6.03 billion USD) "
        "from the retail sales of goods and services, up 0.1 percent year-on-year, accounting for 52.46 percent of "
        "the locality\u2019s gross regional domestic product (GRDP).In the first four months of this year, the value "
        "stood at 37.28 trillion VND, fulfilling 21.02 percent of the target and up 16.61 percent year-on-year."
    )

    result = extract_article(text, "2022-05-25", "en", "92")

    retail = ("92", "retail_sales_services")
    assert keys(result) == {
        (*retail, "2021", "level", "estimate", "~", "140", ""),
        (*retail, "2021", "growth_pct", "estimate", "=", "0.1", ""),
        (*retail, "2022-YTD04", "level", "estimate", "=", "37.28", ""),
        (*retail, "2022-YTD04", "plan_share_pct", "estimate", "=", "21.02", ""),
        (*retail, "2022-YTD04", "growth_pct", "estimate", "=", "16.61", ""),
    }  # the 70 percent the retail sales will make up is a share, not a growth


def test_growth_higher_than_a_year_earlier_after_a_plan_it_is_measured_against():
    # https://lforum.biz/industry-and-trade-sector-sustaining-strong-growth-trajectory.html
    text = (
        "The industrial production value in 2023 was estimated to reach VND49,496.26 billion, 2.73% higher than "
        "the target and 11.11% higher than a year earlier, exceeding the growth target assigned by the Provincial "
        "People\u2019s Council and the Provincial People\u2019s Committee by 3.11 percentage points (equivalent to an "
        "excess value of VND1,315.43 billion)."
    )

    result = extract_article(text, "2024-01-09", "en", "91")

    output = ("91", "industrial_output_value", "2023")
    assert keys(result) == {
        (*output, "level", "estimate", "=", "49496.26", ""),
        (*output, "plan_excess_pct", "estimate", "=", "2.73", ""),
        (*output, "growth_pct", "estimate", "=", "11.11", ""),
    }


def test_a_growth_after_a_plan_said_exceeded_is_no_target():
    # https://en.vietstock.vn/2012/11/khanh-hoa-gains-trade-surplus-of-$466-million-38-140108.htm
    text = (
        "Having recorded US$1.1 billion worth of export turnover in the first 11 months of the year, the province's "
        "import turnover hit $577 million during the same period, leading to a trade surplus of $466 million.\n"
        "The huge trade surplus ranks the province as one of the highest in the country.\n"
        "The export turnover comfortably exceeds the year's target of $950 million and represents a 22 per cent "
        "increase over the same period last year."
    )

    result = extract_article(text, "2012-11", "en", "56")

    assert {(r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("2012-YTD11", "level", "estimate", "1.1"),
        ("2012", "level", "target", "950"),
        ("2012-YTD11", "growth_pct", "estimate", "22"),
    }


def test_a_product_made_for_export_and_the_index_of_the_whole_industry():
    # https://www.vinacas.com.vn/phu-yen-tong-gia-tri-san-xuat-cong-nghiep-6-thang-dat-9-576-ti-dong-bv1695.htm
    cashew = (
        "Cụ thể, trong 6 tháng đầu năm, các doanh nghiệp thủy sản chế biến được 6.958 tấn, đạt 46,4% kế hoạch năm, "
        "tăng 13% so với cùng kỳ. Chế biến nhân hạt điều xuất khẩu sản xuất được 7.700 tấn, tăng 8,9%."
    )
    # https://kontumtv.vn/tin-tuc/kinh-te/xuat-khau-tiep-tuc-duy-tri-da-tang-truong-manh
    latex = (
        "Trong 8 tháng đầu năm nay, xuất khẩu mủ cao su tăng gần 60% so với năm 2020 đã góp phần tích cực vào "
        "việc duy trì đà tăng trưởng xuất khẩu trên địa bàn tỉnh."
    )
    # https://baoyenbai.com.vn/12/173934/San-xuat-cong-nghiep-Yen-Bai-Tang-toc-ngay-tu-dau-nam.aspx
    index = (
        "Riêng 2 tháng đầu năm, giá trị SXCN đạt trên 1.466 tỷ đồng, tăng 7,85% so với cùng kỳ. Chỉ số công nghiệp "
        "toàn ngành tăng 6,04% so cùng kỳ."
    )

    assert extract_article(cashew, "2020-07-20", "vi", "54").rows == []
    assert extract_article(latex, "2021-09", "vi", "62").rows == []
    assert ("15", "industrial_production_index", "2019-YTD02", "growth_pct", "estimate", "=", "6.04", "") in keys(
        extract_article(index, "2019-03-06", "vi", "15")
    )


def test_a_figure_naming_no_period_takes_the_one_a_later_sentence_restates_it_with():
    # https://mekongsean.vn/dak-nong-xuat-khau-vuot-moc-1-ty-usd.html
    text = (
        "(TBMK) \u2013 Báo cáo mới đây của UBND tỉnh Đắk Nông đưa ra con số hết sức ấn tượng, đó là kim ngạch xuất "
        "khẩu của tỉnh ước đạt 1.158 triệu USD, đạt 116% kế hoạch, tăng 12% so với cùng kỳ.\n\n"
        "Trong số 1.158 triệu USD xuất khẩu trong năm 2018 nói trên, sản phẩm alumin chiếm tới gần 250 triệu USD…"
    )

    result = extract_article(text, "2018", "vi", "67")

    exports = ("67", "export_value", "2018")
    assert keys(result) == {
        (*exports, "level", "estimate", "=", "1158", ""),
        (*exports, "plan_attainment_pct", "estimate", "=", "116", ""),
        (*exports, "growth_pct", "estimate", "=", "12", ""),
    }
    assert result.rows[0].quote.startswith("(TBMK)")  # the row quotes where the figure is first printed


def test_a_plan_to_expand_the_index_to_a_rate():
    # http://en.vietnamplus.vn/vinh-longs-industrial-production-targets-12-percent-growth-in-2017/104951.vnp
    text = (
        "The Mekong Delta province of Vinh Long has set to expand the local index of industrial production to 12 "
        "percent, and reach 42,000 billion VND in total retail sales of consumer goods and services, and 360 million "
        "USD in export turnover in 2017."
    )

    assert keys(extract_article(text, "2016-12-27", "en", "86")) == {
        ("86", "industrial_production_index", "2017", "growth_pct", "target", "=", "12", ""),
        ("86", "retail_sales_services", "2017", "level", "target", "=", "42000", ""),
        ("86", "export_value", "2017", "level", "target", "=", "360", ""),
    }


def test_growth_against_the_4th_quarter_of_the_year_before_is_on_the_quarter_before():
    # https://baodanang.vn/english/business/202003/coronavirus-impacts-on-the-citys-economy-3295859/
    text = (
        "The latest figures released by the Da Nang Statistics Bureau has showed that the index of the city\u2019s "
        "industrial production in the first quarter of this year increased by 0.73% against the same period last "
        "year, and down by 14.95% against the 4th quarter of 2019."
    )

    result = extract_article(text, "2020-03-31", "en", "48")

    index = ("48", "industrial_production_index", "2020-Q1")
    assert keys(result) == {
        (*index, "growth_pct", "estimate", "=", "0.73", ""),
        (*index, "growth_prev_period_pct", "estimate", "=", "-14.95", ""),
    }


def test_a_breakdowns_growth_with_no_base_is_on_the_wholes_month_before():
    # https://baokhanhhoa.vn/kinh-te/thi-truong/202105/thang-5-tong-muc-ban-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-dat-hon-10125-ty-dong-8217626/
    text = (
        "Theo báo cáo của Cục Thống kê tỉnh, tháng 5, tổng mức bán hàng hóa và doanh thu dịch vụ tiêu dùng trên "
        "địa bàn tỉnh được hơn 10.125 tỷ đồng, giảm 5,65% so với tháng trước; trong đó, tổng mức bán lẻ hàng hóa "
        "và doanh thu dịch vụ tiêu dùng ước đạt gần 5.266 tỷ đồng, giảm 7,75%."
    )

    result = extract_article(text, "2021-05-31", "vi", "56")

    retail = ("56", "retail_sales_services", "2021-M05")
    assert keys(result) == {
        (*retail, "level", "estimate", "~", "5266", ""),
        (*retail, "growth_prev_period_pct", "estimate", "=", "-7.75", ""),
    }


def test_a_list_of_targets_runs_on_to_the_end_of_its_paragraph():
    # https://vneconomy.vn/kien-giang-dat-muc-tieu-toc-do-tang-gia-tri-san-xuat-cong-nghiep-dat-13-28.htm
    text = (
        "Tại Nghị quyết số 76-NQ/TU ban hành ngày 16/12/2024 về phương hướng nhiệm vụ năm 2025, Tỉnh ủy Kiên "
        "Giang đặt mục tiêu tốc độ tăng trưởng kinh tế của tỉnh đạt 7,5% trở lên, phấn đấu đạt 10%; GRDP bình quân "
        "đầu người đạt 90 triệu đồng.\n\n"
        "Về cơ cấu kinh tế, tỉnh đặt mục tiêu cụ thể: Nông - lâm - thủy sản chiếm 33,27%; công nghiệp - xây dựng "
        "chiếm 21,62%; dịch vụ chiếm 40,07%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 5,04%. Giá trị sản xuất "
        "nông, lâm, thủy sản tăng 2,5% trở lên; giá trị sản xuất công nghiệp tăng 10% so với năm 2024; tổng mức "
        "bán lẻ hàng hóa và doanh thu dịch vụ tăng 9,39% trở lên. Tổng thu ngân sách đạt 15.022 tỷ đồng."
    )

    assert keys(extract_article(text, "2025-03", "vi", "91")) == {
        ("91", "industrial_output_value", "2025", "growth_pct", "target", "=", "10", ""),
        ("91", "retail_sales_services", "2025", "growth_pct", "target", ">=", "9.39", ""),
    }


def test_the_sentence_right_after_a_year_s_targets_goes_on_with_them():
    # https://via.gov.vn/hoat-dong-cong-thuong/thanh-hoa-chi-so-san-xuat-cong-nghiep-9-thang-nam-2023-uoc-tang-7-93-so-voi-cung-ky.htm
    text = (
        "Được biết, năm 2023, tỉnh Thanh Hóa đặt mục tiêu chỉ số sản xuất công nghiệp tăng 17% trở lên. Giá trị "
        "sản xuất công nghiệp đạt 200 nghìn tỷ đồng, tăng 9% so với năm 2022."
    )

    assert keys(extract_article(text, "2023", "vi", "38")) == {
        ("38", "industrial_production_index", "2023", "growth_pct", "target", ">=", "17", ""),
        ("38", "industrial_output_value", "2023", "level", "target", "=", "200", ""),
        ("38", "industrial_output_value", "2023", "growth_pct", "target", "=", "9", ""),
    }


def test_targets_announced_then_spelt_out_after_cu_the_are_targets():
    # https://kto.vn/kon-tum-24h/nam-2014-kon-tum-dat-muc-tieu-gdp-tren-13.html
    text = (
        "Bên cạnh đó, UBND tỉnh cũng cho biết một số chỉ tiêu kinh tế quan trọng Kon Tum phấn đấu thực hiện trong "
        "năm 2014. Cụ thể: GDP tăng trên 13%; thu nhập bình quân đầu người trên 29 triệu đồng; kim ngạch xuất khẩu "
        "đạt 86 triệu USD; lao động qua đào tạo đạt 41,7%."
    )

    assert keys(extract_article(text, "2014", "vi", "62")) == {
        ("62", "export_value", "2014", "level", "target", "=", "86", ""),
    }


def test_the_poor_households_after_the_exports_are_another_indicator():
    # https://kto.vn/kon-tum-24h/nam-2014-kon-tum-dat-muc-tieu-gdp-tren-13.html
    text = (
        "Bên cạnh đó, UBND tỉnh cũng cho biết một số chỉ tiêu kinh tế quan trọng Kon Tum phấn đấu thực hiện trong "
        "năm 2014. Cụ thể: GDP tăng trên 13%; thu nhập bình quân đầu người trên 29 triệu đồng; kim ngạch xuất khẩu "
        "đạt 86 triệu USD; lao động qua đào tạo đạt 41,7%; hộ nghèo giảm 4-5%; tỷ lệ cư dân nông thôn được sử dụng nước hợp vệ sinh "
        "đạt trên 81%; độ che phủ rừng 65%…"
    )

    assert keys(extract_article(text, "2014", "vi", "62")) == {
        ("62", "export_value", "2014", "level", "target", "=", "86", ""),
    }


def test_the_rate_of_growth_striven_for_and_a_growth_on_a_resolution():
    # https://vneconomy.vn/kien-giang-dat-muc-tieu-toc-do-tang-gia-tri-san-xuat-cong-nghiep-dat-13-28.htm
    text = (
        "Trong năm 2025, tỉnh Kiên Giang đã điều chỉnh, phấn đấu tốc độ tăng giá trị sản xuất công nghiệp đạt "
        "13,28%, tương ứng quy mô giá trị hơn 64.695 tỷ đồng, tăng 3,28% so với Nghị quyết số 76-NQ/TU."
    )

    result = extract_article(text, "2025-03", "vi", "91")

    assert keys(result) == {
        ("91", "industrial_output_value", "2025", "growth_pct", "target", "=", "13.28", ""),
        ("91", "industrial_output_value", "2025", "level", "target", ">=", "64695", ""),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["3,28%"] == "growth on a resolution's figure, not on a period"


def test_a_plan_said_missed_with_kh_for_ke_hoach():
    # http://cucthongke.quangbinh.gov.vn/3cms/tinh-hinh-kinh-te---xa-hoi-nam-2012-tinh-quang-binh.htm
    text = (
        "Dự ước các chỉ tiêu kinh tế - xã hội chủ yếu năm 2012 đạt được như sau:\n\n"
        "3. Giá trị sản xuất công nghiệp tăng 9,1%, không đạt KH đề ra (KH tăng 16 - 17%)"
    )

    assert keys(extract_article(text, "2012", "vi", "44")) == {
        ("44", "industrial_output_value", "2012", "growth_pct", "estimate", "=", "9.1", ""),
        ("44", "industrial_output_value", "2012", "plan_excess_pct", "estimate", "<=", "0", ""),
    }


def test_a_plan_a_province_is_likely_to_reach_and_exceed_is_a_target_not_exceeded_yet():
    # https://gialaitv.vn/tin-dia-phuong/gia-lai-nhieu-kha-nang-de-dat-duoc-chi-tieu-ve-xuat-khau-trong-nam-2016
    text = (
        "Riêng trong 10 tháng đầu năm nay, kim ngạch xuất khẩu của tỉnh thực hiện được 315 triệu USD, đạt 79% kế "
        "hoạch, tăng 38% so với cùng kỳ năm ngoái. Với những tín hiệu khả quan, tỉnh có nhiều khả năng đạt và vượt "
        "chỉ tiêu kim ngạch xuất khẩu trong năm 2016 là 400 triệu USD./."
    )

    assert keys(extract_article(text, "2016", "vi", "64")) == {
        ("64", "export_value", "2016-YTD10", "level", "estimate", "=", "315", ""),
        ("64", "export_value", "2016-YTD10", "plan_share_pct", "estimate", "=", "79", ""),
        ("64", "export_value", "2016-YTD10", "growth_pct", "estimate", "=", "38", ""),
        ("64", "export_value", "2016", "level", "target", "=", "400", ""),
    }


def test_a_plan_said_missed_as_what_was_expected():
    # https://kontumtv.vn/video-clip/thoi-su/nam-2013-tong-san-pham-xa-hoi-cua-tinh-kon-tum-tang-124
    text = (
        "Mặc dù chỉ tiêu thu ngân sách nhà nước tại địa bàn và tổng  kim ngạch xuất khẩu  của tỉnh năm 2013 không "
        "đạt so với dự kiến, nhưng giá trị sản xuất công nghiệp  dự tính tăng  gần 10% so cùng kỳ năm ngoái."
    )

    rows = keys(extract_article(text, "2013", "vi", "62"))

    assert ("62", "export_value", "2013", "plan_excess_pct", "estimate", "<=", "0", "") in rows


def test_the_indicators_said_to_have_grown_are_not_plans():
    # http://gialaitv.vn/tin-tuc/tin-dia-phuong/9-thang-dau-nam-2021-tong-gia-tri-san-xuat-cong-nghiep-tren-dia-ban-tinh-gia-lai-tang-1136/
    text = (
        "Nhờ vậy, các chỉ tiêu của ngành đều tăng so với cùng kỳ, trong đó chỉ số sản xuất ngành công nghiệp ước "
        "thực hiện 9 tháng tăng 12,43% so với cùng kỳ."
    )

    assert keys(extract_article(text, "2021-09", "vi", "64")) == {
        ("64", "industrial_production_index", "2021-YTD09", "growth_pct", "estimate", "=", "12.43", ""),
    }


def test_the_indicators_of_fields_listed_said_to_have_grown_are_not_plans():
    # https://nhandan.vn/kien-nghi-phat-trien-logistic-hang-khong-post353090.html
    text = (
        "Theo báo cáo của UBND TP Cần Thơ, năm 2018 các chỉ tiêu về công nghiệp, thương mại đều tăng trưởng so "
        "cùng kỳ, trong đó chỉ số sản xuất công nghiệp (IIP) tăng 8,15%."
    )

    assert keys(extract_article(text, "2019", "vi", "92")) == {
        ("92", "industrial_production_index", "2018", "growth_pct", "estimate", "=", "8.15", ""),
    }


def test_a_percentage_of_a_growth_scenario_goes_to_the_review():
    # http://sctyenbai.gov.vn/node/33726
    text = (
        "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) tháng 11 ước đạt 1.105,4 tỷ đồng, tăng 0,85% so với "
        "tháng trước. Lũy kế ước đạt 10.695,5 tỷ đồng, tăng 7,35% so với cùng kỳ, bằng 90,51% so với kịch bản tăng "
        "trưởng tháng 11 năm 2020, bằng 82,27% so với kịch bản tăng trưởng năm 2020."
    )

    result = extract_article(text, "2020", "vi", "15")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2020-M11", "level", "1105.4"),
        ("2020-M11", "growth_prev_period_pct", "0.85"),
        ("2020-YTD11", "level", "10695.5"),
        ("2020-YTD11", "growth_pct", "7.35"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["82,27%"] == "a percentage of a growth scenario, not of a plan"


def test_a_forecast_said_with_will_of_a_period_not_yet_begun_is_neither_a_plan_nor_a_figure():
    # https://www.vietmaz.com/2021/08/binh-duong-province-earns-usd-4-5-billion-trade-surplus-despite-covid-19/
    text = (
        "Meanwhile, the industrial production indexes are forecast to recover quickly in the fourth quarter if the "
        "pandemic eases, and exports will maintain an increase of over 26 percent."
    )

    result = extract_article(text, "2021-08-15", "en", "74")

    assert result.rows == []
    assert {s.printed: s.reason for s in result.skipped} == {"26 percent": "a forecast of a period not yet begun"}


def test_or_more_in_brackets_after_a_target_is_its_lower_bound():
    # https://vietnamnet.vn/ben-tre-tang-toc-xay-dung-nong-thon-moi-2234907.html
    # "… Bến Tre đề ra 21 chỉ tiêu phát triển kinh tế xã hội để phấn đấu thực hiện, nổi bật: Tốc độ tăng trưởng kinh
    # tế phấn đấu tăng 6,5% - 7%; kim ngạch xuất khẩu đạt 1,750 tỷ USD (trở lên); tổng vốn đầu tư …"
    text, meta = eval_article("vietnamnet-2023-ben-tre-tang-toc-nong-thon-moi")

    result = extract_article(text, meta["published_on"], meta["language"], meta["province"])

    assert [(r.indicator_code, r.measure, r.status, r.comparator, r.value) for r in result.rows] == [
        ("export_value", "level", "target", ">=", "1.750")
    ]


def test_the_indicators_reached_opening_a_report_s_list_are_results_not_targets():
    # http://congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-quy-i-nam-2017-4697.mobile
    text = (
        "Kết quả các chỉ tiêu đạt được quý I/2017: Chỉ số sản xuất toàn ngành công nghiệp ước tính tăng 12,5% so "
        "với cùng kỳ; Giá trị xuất khẩu ước đạt 4,74 tỷ USD, tăng 12,3% so với cùng kỳ, bằng 22,6% KH năm."
    )

    result = extract_article(text, "2017", "vi", "19")

    assert {(r.indicator_code, r.measure, r.status, r.value) for r in result.rows} == {
        ("industrial_production_index", "growth_pct", "estimate", "12.5"),
        ("export_value", "level", "estimate", "4.74"),
        ("export_value", "growth_pct", "estimate", "12.3"),
        ("export_value", "plan_share_pct", "estimate", "22.6"),
    }
