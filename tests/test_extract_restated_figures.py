"""`flows extract` on a figure a text prints twice, once with its price basis and once without: one
row, the one that states the basis."""

from flows.extract import extract_article


def test_a_figure_restated_with_its_price_basis_is_one_row_with_the_basis():
    # https://baomoi.net.vn/san-xuat-cong-nghiep-lam-dong-tang-11-6-c32221729.epi
    text = (
        "Ngày 17/9, ông Võ Ngọc Hiệp - Giám đốc Sở Công Thương tỉnh Lâm Đồng cho biết, giá trị sản xuất công "
        "nghiệp lũy kế 9 tháng đầu năm 2019 của tỉnh ước đạt 12.065,32 tỷ đồng, tăng 11,6% so với cùng kỳ năm "
        "trước, đạt 74% so với kế hoạch năm 2019.\n\n"
        "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) lũy kế 9 tháng đầu năm 2019 ước đạt 12.065,32 tỷ "
        "đồng, tăng 11,6% so với cùng kỳ năm trước, tăng 99,76% so với kịch bản tăng trưởng, đạt 74% so với kế "
        "hoạch năm 2019."
    )

    result = extract_article(text, "2019", "vi", "68")

    assert sorted((r.measure, r.value, r.price_basis) for r in result.rows) == [
        ("growth_pct", "11.6", "constant_2010"),
        ("level", "12065.32", "constant_2010"),
        ("plan_share_pct", "74", "constant_2010"),
    ]
    assert all(r.quote.startswith("Giá trị sản xuất công nghiệp (theo giá so sánh 2010)") for r in result.rows)


def test_a_percentage_said_first_as_the_whole_number_it_exceeds_is_one_row_the_exact_one():
    # https://baohatinh.vn/cong-nghiep/ha-tinh-san-xuat-cong-nghiep-thang-8-uoc-tang-hon-49-so-voi-cung-ky/253119.htm
    text = (
        "Với mức tăng trưởng cao của 2 ngành mũi nhọn là sản xuất thép và điện, tháng 8/2023, chỉ số sản xuất "
        "công nghiệp của Hà Tĩnh ước tăng hơn 49% so với cùng kỳ năm trước.\n\n"
        "Số liệu từ Cục Thống kê cho thấy, tháng 8/2023, chỉ số sản xuất ngành công nghiệp của tỉnh ước tăng 6,6% "
        "so với tháng 7/2023 và tăng 49,03% so với cùng kỳ năm trước."
    )

    result = extract_article(text, "2023-08", "vi", "42")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2023-M08", "growth_pct", "=", "49.03"),
        ("2023-M08", "growth_prev_period_pct", "=", "6.6"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["49%"] == "said again exactly below as 49.03"  # the bound it replaced, for the reviewer


def test_a_round_amount_of_the_headline_said_again_in_the_lead_gives_way_to_the_exact_one():
    # https://english.haiquanonline.com.vn/the-first-locality-reaches-10-billion-of-export-turnover-14265.html
    text = (
        "The first locality reaches $10 billion of export turnover\n\n"
        'VCN - Among provinces and cities reaching a "billion USD" export turnover, Ho Chi Minh City is the first '
        "locality to hit $10 billion in the first quarter of the year.\n\n"
        "Meanwhile, Ho Chi Minh City retained the leading position on exports of the country with value of $10.5 "
        "billion, up 14.6% over the same period last year."
    )

    result = extract_article(text, "2020", "en", None)

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("79", "2020-Q1", "level", "10.5"),
        ("79", "2020-Q1", "growth_pct", "14.6"),
    }
    assert any(s.printed == "$10 billion" and "said again exactly" in s.reason for s in result.skipped)


def test_a_percentage_said_first_nearly_as_a_whole_number_is_one_row_the_exact_one():
    # https://vneconomy.vn/hue-dat-muc-tieu-chi-so-san-xuat-cong-nghiep-nam-2026-tang-1617.htm
    text = (
        "Năm 2025, chỉ số sản xuất công nghiệp của thành phố Huế tăng gần 13%, vượt kế hoạch đề ra.\n"
        "Theo báo cáo tại hội nghị, chỉ số sản xuất công nghiệp (IIP) trên địa bàn thành phố Huế năm 2025 ước tăng "
        "12,87% so với năm trước."
    )

    result = extract_article(text, "2026-01-13", "vi", "46")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2025", "growth_pct", "=", "12.87"),
        ("2025", "plan_excess_pct", ">=", "0"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["13%"] == "said again exactly below as 12.87"


def test_an_amount_then_the_mark_it_passed_in_a_later_sentence_are_two_rows():
    # http://cand.com.vn/Kinh-te/Thai-Nguyen-xuat-khau-hon-10-ty-uSd-nho-Samsung-367527/
    text = (
        "Theo thông tin cập nhật của Tổng cục Hải quan, đến hết tháng 8, Thái Nguyên đã xuất khẩu (XK) lượng hàng "
        "hóa trị giá hơn 10,5 tỷ USD.\n\n"
        "Với kết quả trên, lần đầu tiên địa phương này đạt mốc XK trên 10 tỷ USD và là 1 trong 4 tỉnh, thành phố đã "
        "đạt kim ngạch XK từ 10 tỷ USD."
    )

    result = extract_article(text, "2015", "vi", None)

    assert {(r.province_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("19", "2015-YTD08", "level", ">=", "10.5"),
        ("19", "2015-YTD08", "level", ">=", "10"),
    }
