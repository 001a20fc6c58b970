"""`flows extract` on the words that tell a figure's period and base in real articles: the month
before said with "thực hiện", a bare "trong tháng" after the month is named, a plan's own year, the
first half said as two quarters, a year inside a comparison, the last six months and the year's
total they bring, a running total "đến hết quý II" or "đến ngày 30/11/2025"; and the status of a
target's share of the year's plan."""

import pytest
from support import assert_paragraph_rows, eval_article

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
        # https://english.thesaigontimes.vn/?p=246036
        "HCMC \u2013 Exports of HCMC in January-March this year dropped 17% year-on-year to a little more than US$10 "
        "billion, the greatest first-quarter slide in 22 years, according to the city\u2019s Department of Industry "
        "and Trade.",
        ("2023", "en", "79"),
        {
            ("export_value", "2023-Q1", "growth_pct", "=", "-17", "dropped 17%"),
            ("export_value", "2023-Q1", "level", ">=", "10", "US$10 billion"),
        },
        id="'January-March this year' is the first quarter of the year in hand",
    ),
    pytest.param(
        # https://new.dongnai.gov.vn/en/news/tourism/total-retail-sales-of-goods-and-services-reach-vnd5-430-in-october-50698.html
        "In estimation, total retail sales of goods and services hit VND5,430 in Oct., up 3% over the previous month.",
        ("2010", "en", "75"),
        {("retail_sales_services", "2010-M10", "growth_prev_period_pct", "=", "3", "3%")},
        id="'in Oct.', the month shortened, is October",
    ),
    pytest.param(
        # https://vccinews.com/prode/47671/industry-and-trade-sector-ensuring-production-stability-creating-solid-foundation-for-economic-development/index.html
        "In 2016-2020, annually, industrial production value rose by an average of 18.15%; total retail revenue of "
        "consumer goods and services climbed by 12.41% and export value increased by US$342.81 million from the "
        "previous phase.",
        ("2022-04-26", "en", "84"),
        {
            ("industrial_output_value", "2016/2020", "average_growth_pct", "=", "18.15", "18.15%"),
            ("retail_sales_services", "2016/2020", "average_growth_pct", "=", "12.41", "12.41%"),
        },
        id="'In 2016-2020, annually, …': every growth over the span in the sentence is a rate a year",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/43541/actively-joining-global-value-chain.html
        "In 2020, the province's export value topped US$1.4 billion, representing a year on year growth of 29% in "
        "the 2016-2020 period.",
        ("2021-06-15", "en", "51"),
        {
            ("export_value", "2020", "level", ">=", "1.4", "US$1.4 billion"),
            ("export_value", "2016/2020", "average_growth_pct", "=", "29", "29%"),
        },
        id="'a year on year growth of 29% in the 2016-2020 period' is an average a year",
    ),
    pytest.param(
        # https://vccinews.com/prode/26429/.html
        "In the 15 years since its re-establishment, Quang Nam maintained high economic growth of 10.6 percent in the "
        "period of 1997-2011, with 12.2 percent in 2011, over 4 times that of 1997. The economic structure was "
        "transformed, with industry and service increasing from 52 percent in 1997 to 79 percent in 2011, and "
        "agriculture decreasing from 48 percent in 1997 to below 21 percent in 2011. The average annual increase in "
        "export value was over 27 percent; in 2011 it was US$336 million, 22 times that of 1997.",
        ("2012-07-10", "en", "49"),
        {
            ("export_value", "1997/2011", "average_growth_pct", ">=", "27", "27 percent"),
            ("export_value", "2011", "level", "=", "336", "US$336 million"),
        },
        id="'The average annual increase' naming no period is over the span its paragraph named last",
    ),
    pytest.param(
        # http://haiduong.gov.vn/ChinhQuyen/tinhdng/Pages/K%E1%BA%BFt-qu%E1%BA%A3-s%E1%BA%A3n-xu%E1%BA%A5t-c%C3%B4ng-nghi%E1%BB%87p-v%C3%A0-th%C6%B0%C6%A1ng-m%E1%BA%A1i-t%E1%BB%89nh-H%E1%BA%A3i-D%C6%B0%C6%A1ng-th%C3%A1ng-72018.aspx
        "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tháng 7 ước đạt 4.400 tỷ đồng, so với tháng trước tăng 1,1% "
        "và tăng 9,0% so với cùng kỳ năm trước.",
        ("2018", "vi", "30"),
        {
            ("retail_sales_services", "2018-M07", "level", "=", "4400", "4.400 tỷ đồng"),
            ("retail_sales_services", "2018-M07", "growth_prev_period_pct", "=", "1.1", "1,1%"),
            ("retail_sales_services", "2018-M07", "growth_pct", "=", "9.0", "9,0%"),
        },
        id="'so với tháng trước tăng 1,1%': the base said before the growth word",
    ),
    pytest.param(
        # https://baotayninh.vn/8-thang-nam-2011-gia-tri-san-xuat-cong-nghiep-tang-26--a10028.html
        "Tính cả 8 tháng qua, giá trị sản xuất công nghiệp của Tây Ninh đạt 6.070 tỷ đồng; so cùng kỳ tăng 26,07%; "
        "so kế hoạch năm đạt 61,69%.",
        ("2011-08-28", "vi", "72"),
        {
            ("industrial_output_value", "2011-YTD08", "level", "=", "6070", "6.070 tỷ đồng"),
            ("industrial_output_value", "2011-YTD08", "growth_pct", "=", "26.07", "26,07%"),
            ("industrial_output_value", "2011-YTD08", "plan_share_pct", "=", "61.69", "61,69%"),
        },
        id="'so kế hoạch năm đạt 61,69%': the plan said before the word that attains it",
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
    pytest.param(
        # https://danviet.vn/thu-tuong-lam-viec-voi-ban-thuong-vu-tinh-uy-dak-lak-20240818195323759.htm
        "Trong 7 tháng, xuất khẩu đạt 1,130 tỷ USD, tăng 25,4% so với cùng kỳ năm 2023, đạt 70,6% kế hoạch năm. "
        "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt gần 63 nghìn tỷ đồng, tăng 9,52% so với cùng kỳ 2023, "
        "đạt 62,8% kế hoạch cả năm 2024.",
        ("2024-08-18", "vi", "66"),
        {
            ("export_value", "2024-YTD07", "level", "=", "1.130", "1,130 tỷ USD"),
            ("export_value", "2024-YTD07", "growth_pct", "=", "25.4", "25,4%"),
            ("export_value", "2024-YTD07", "plan_share_pct", "=", "70.6", "70,6%"),
            ("retail_sales_services", "2024-YTD07", "level", "~", "63", "63 nghìn tỷ đồng"),
            ("retail_sales_services", "2024-YTD07", "growth_pct", "=", "9.52", "9,52%"),
            ("retail_sales_services", "2024-YTD07", "plan_share_pct", "=", "62.8", "62,8%"),
        },
        id="'kế hoạch cả năm 2024' is the plan's year, not the figure's",
    ),
    pytest.param(
        # https://eng.longan.gov.vn/Lists/TinTucSuKien/TongQuat.aspx
        "According to Long An Department of Industry and Trade, trade and service activities in the first 3 months "
        "of 2020 were less active due to the impact of the Covid-19 epidemic. Total retail sales of goods and "
        "services reached nearly 24,000 billion VND, reaching 23.3 percent of the plan for 2020.",
        ("2020", "en", "80"),
        {
            ("retail_sales_services", "2020-YTD03", "level", "~", "24000", "24,000 billion VND"),
            ("retail_sales_services", "2020-YTD03", "plan_share_pct", "=", "23.3", "23.3 percent"),
        },
        id="'the plan for 2020' is the plan's year, not the figure's",
    ),
    pytest.param(
        # https://vneconomy.vn/hai-phong-moi-thu-ngan-sach-gan-97-000-ty-trong-6-thang.htm
        "Kinh tế Hải Phòng (cũ) duy trì đà tăng trưởng tốt trước khi sáp nhập, hai quý đầu năm tổng sản phẩm "
        "trên địa bàn (GRDP) ước tăng 11,2% so với cùng kỳ; chỉ số sản xuất công nghiệp (IIP) ước tăng 15,2% so "
        "với cùng kỳ năm 2024. Tổng vốn đầu tư toàn xã hội trên địa bàn đạt gần 108 nghìn tỷ đồng, tăng hơn 18% "
        "so với cùng kỳ; sản lượng hàng hóa thông qua hệ thống cảng đạt hơn 86,33 triệu tấn, tăng 11,95%; kim "
        "ngạch xuất khẩu đạt 17,6 tỷ USD tăng 3,3% so với hai quý đẩu năm 2024.",
        ("2025-07", "vi", "31"),
        {
            ("industrial_production_index", "2025-H1", "growth_pct", "=", "15.2", "15,2%"),
            ("export_value", "2025-H1", "level", "=", "17.6", "17,6 tỷ USD"),
            ("export_value", "2025-H1", "growth_pct", "=", "3.3", "3,3%"),
        },
        id="'hai quý đầu năm' is the first half; a year inside 'so với …' is the base's",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/ben-tre-exports-up-153-percent-in-years-first-half/133979.vnp
        "Ben Tre aims to generate 500 million USD from exports in the last six months of this year to bring the "
        "total export earnings to 959 million USD.",
        ("2018-07", "en", "83"),
        {
            ("export_value", "2018-H2", "level", "=", "500", "500 million USD"),
            ("export_value", "2018", "level", "=", "959", "959 million USD"),
        },
        id="'the last six months' is the second half; the total it brings the year to is the year's",
    ),
    pytest.param(
        # https://baogialai.com.vn/gia-lai-kim-ngach-xuat-khau-9-thang-uoc-dat-700-trieu-usd-post296232.html
        "Theo báo cáo của Sở Công thương, 9 tháng năm 20214, chỉ số sản xuất công nghiệp giảm 0,23% so với cùng "
        "kỳ; trong đó: ngành khai khoáng giảm 9,98%; ngành công nghiệp chế biến, chế tạo giảm 1,35%; ngành sản "
        "xuất và phân phối điện tăng 0,47%; ngành cung cấp nước, hoạt động thu gom xử lý rác thải tăng 1,88% so "
        "với cùng kỳ.",
        ("2024-10", "vi", "64"),
        {("industrial_production_index", "2024-YTD09", "growth_pct", "=", "-0.23", "giảm 0,23%")},
        id="a misprinted year ('năm 20214') is no year: the publication's is taken, not '2021'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/thai-nguyen-posts-fiveyear-high-export-growth/283916.vnp
        "The northern midland province of Thai Nguyen exported 8.9 billion USD worth of products in Quarter 1, up "
        "22.6% year-on-year, the highest growth for the same period in the recent five years. The local index of "
        "industrial production was estimated to rise 6.19% against the same time last year while industrial "
        "production value climbed 6% to some 203 trillion VND, or nearly 20% of the yearly plan.",
        ("2024-04-02", "en", "19"),
        {
            ("export_value", "2024-Q1", "level", "=", "8.9", "8.9 billion USD"),
            ("export_value", "2024-Q1", "growth_pct", "=", "22.6", "22.6%"),
            ("industrial_production_index", "2024-Q1", "growth_pct", "=", "6.19", "6.19%"),
            ("industrial_output_value", "2024-Q1", "growth_pct", "=", "6", "6%"),
            ("industrial_output_value", "2024-Q1", "level", "~", "203", "203 trillion VND"),
            ("industrial_output_value", "2024-Q1", "plan_share_pct", "~", "20", "20%"),
        },
        id="'against the same time last year' is a base, not the period",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/binh-duong-industrial-production-increases-sharply/280213.vnp
        "Binh Duong (VNA) \u2013 The index of industrial production (IIP) of the southern industrial hub of Binh Duong "
        "in January rose by 27.77% against the same period last year and increased by 99.29% compared to that of "
        "the previous month.",
        ("2024-02-29", "en", "74"),
        {
            ("industrial_production_index", "2024-M01", "growth_pct", "=", "27.77", "27.77%"),
            ("industrial_production_index", "2024-M01", "growth_prev_period_pct", "=", "99.29", "99.29%"),
        },
        id="'compared to that of the previous month' is the month before",
    ),
    pytest.param(
        # http://baohungyen.vn/kinh-te/201804/hung-yen-gia-tri-kim-ngach-xuat-khau-dat-950-trieu-usd-789337/
        "Theo kế hoạch, ngành Công Thương tỉnh đề ra mục tiêu phấn đấu đến hết quý II giá trị kim ngạch xuất "
        "khẩu đạt 2.150 triệu USD, tăng trưởng 15,53% so với cùng kỳ năm 2017 và đạt 51,19% kế hoạch năm.",
        ("2018-04", "vi", "33"),
        {
            ("export_value", "2018-H1", "level", "=", "2150", "2.150 triệu USD"),
            ("export_value", "2018-H1", "growth_pct", "=", "15.53", "15,53%"),
            ("export_value", "2018-H1", "plan_share_pct", "=", "51.19", "51,19%"),
        },
        id="'đến hết quý II' is the running total to the quarter's end, the first half",
    ),
    pytest.param(
        # https://cafef.vn/tinh-bien-gioi-ghi-nhan-ky-luc-chua-tung-co-tien-le-cong-than-chinh-thuc-lo-dien-188251211151324243.chn
        "Tính đến ngày 30/11/2025, tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 86,14 tỷ USD, tăng 44,6% so với "
        "năm 2024. Hàng hóa địa phương xuất khẩu đạt 183 triệu USD, tăng 8,28%.",
        ("2025-12-11", "vi", "20"),
        {
            ("export_value", "2025-YTD11", "level", "=", "183", "183 triệu USD"),
            ("export_value", "2025-YTD11", "growth_pct", "=", "8.28", "8,28%"),
        },
        id="'Tính đến ngày 30/11/2025' is the running total to November's end",
    ),
    pytest.param(
        # http://m.en.baobacgiang.com.vn/bg/business/368528/bac-giang-industrial-production-value-up-13-1-percent.html
        "(BGO) \u2013 The industrial production value (IPV) hit 31,656 billion VND (1.39 billion USD) in September "
        "2021 in Bac Giang province, up 17 percent against last month figure and 207,447 billion VND (9.1 billion "
        "USD) in nine months, representing 13.1 percent year on year increase and 60.9 percent of the yearly target.",
        ("2021-09-23", "en", "24"),
        {
            ("industrial_output_value", "2021-M09", "level", "=", "31656", "31,656 billion VND"),
            ("industrial_output_value", "2021-M09", "growth_prev_period_pct", "=", "17", "17 percent"),
            ("industrial_output_value", "2021-YTD09", "level", "=", "207447", "207,447 billion VND"),
            ("industrial_output_value", "2021-YTD09", "growth_pct", "=", "13.1", "13.1 percent"),
            ("industrial_output_value", "2021-YTD09", "plan_share_pct", "=", "60.9", "60.9 percent"),
        },
        id="'against last month figure' is a base; a period after a conversion; the word after the figure before",
    ),
    pytest.param(
        # https://thoibaotaichinhvietnam.vn/quang-binh-8-thang-thu-ngan-sach-tang-156-62290.html
        "Theo đó, sản xuất công nghiệp trong tháng 8 ổn định, giá trị sản xuất công nghiệp tiếp tục tăng. Chỉ số "
        "sản xuất công nghiệp tháng 8 tăng 5,5% so với tháng trước, tăng 14,9% so với tháng 8/2013. Chỉ số sản "
        "xuất công nghiệp cộng dồn đến tháng 8 tăng 8,6% so với cùng kỳ.",
        ("2014", "vi", "44"),
        {
            ("industrial_production_index", "2014-M08", "growth_prev_period_pct", "=", "5.5", "5,5%"),
            ("industrial_production_index", "2014-M08", "growth_pct", "=", "14.9", "14,9%"),
            ("industrial_production_index", "2014-YTD08", "growth_pct", "=", "8.6", "8,6%"),
        },
        id="'cộng dồn đến tháng 8' is the running total to August",
    ),
    pytest.param(
        # https://vneconomy.vn/ninh-binh-chuan-bi-gia-nhap-cau-lac-bo-50000-ty-dong.htm
        "9 tháng đầu năm 2025, trong bối cảnh kinh tế nhiều biến động, Ninh Bình vẫn giữ vững mục tiêu tăng "
        "trưởng hai con số khi GRDP ước đạt 10,45%, đứng thứ 3/34 tỉnh, thành trong cả nước.\n\n"
        "Phiên họp thường kỳ tháng 9 của UBND tỉnh Ninh Bình diễn ra ngày 7/10 cho thấy bức tranh kinh tế - xã "
        "hội của địa phương đang khởi sắc rõ nét.\n\n"
        "Ngành công nghiệp tiếp tục là “đầu tàu” kinh tế của Ninh Bình khi chỉ số sản xuất tăng 22,03% so với "
        "cùng kỳ.",
        ("2025", "vi", "37"),
        {("industrial_production_index", "2025-YTD09", "growth_pct", "=", "22.03", "22,03%")},
        id="the month of a meeting is not the period of the figures after it",
    ),
    pytest.param(
        # https://kinhtedothi.vn/tinh-son-la-cong-nghiep-xay-dung-dong-gop-tich-cuc-vao-tang-truong-kinh-te.770783.html
        "Kinhtedothi - 6 tháng đầu năm 2025, kinh tế Sơn La ghi nhận nhiều tín hiệu tích cực từ lĩnh vực công "
        "nghiệp, xây dựng, đặc biệt là các ngành công nghiệp chủ lực.\n"
        "Từ đầu năm đến nay, chỉ số sản xuất công nghiệp toàn ngành tăng 9,5% so với cùng kỳ. Một số sản phẩm tăng "
        "trưởng khá như: xi măng tăng 14,9%, điện sản xuất tăng 10,6%, đá xây dựng tăng 5,2%, sữa tươi tiệt trùng "
        "tăng 4%, nước máy thương phẩm tăng 3,2%.",
        ("2025", "vi", "14"),
        {("industrial_production_index", "2025-H1", "growth_pct", "=", "9.5", "9,5%")},
        id="'từ đầu năm đến nay' after the first half named is that half",
    ),
    pytest.param(
        # http://baodongthap.vn/kinh-te/san-xuat-cong-nghiep-tang-truong-on-dinh-87904.aspx
        "Chỉ số sản xuất toàn ngành công nghiệp ước tính trong tháng 10 tăng 3,78% so với tháng trước, tăng 8,90% "
        "so với cùng kỳ 2018.\n\n"
        "Đầu năm đến nay, giá trị sản xuất công nghiệp của tỉnh Đồng Tháp ước đạt trên 51.700 tỷ đồng, tăng 7,95% "
        "so với cùng kỳ. Trong đó, ngành khai khoáng tăng 19,95%; ngành chế biến chế tạo tăng 7,90%.",
        ("2019-11-20", "vi", "87"),
        {
            ("industrial_production_index", "2019-M10", "growth_prev_period_pct", "=", "3.78", "3,78%"),
            ("industrial_production_index", "2019-M10", "growth_pct", "=", "8.90", "8,90%"),
            ("industrial_output_value", "2019-YTD10", "level", ">=", "51700", "51.700 tỷ đồng"),
            ("industrial_output_value", "2019-YTD10", "growth_pct", "=", "7.95", "7,95%"),
        },
        id="'đầu năm đến nay' without its 'từ' is the running total to the month named before",
    ),
    pytest.param(
        # https://vneconomy.vn/het-thang-102025-hai-phong-co-7-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-kich-ban-tang-truong.htm
        "Theo báo cáo từ UBND TP. Hải Phòng, tổng thu ngân sách 10 tháng của năm đạt hơn 162.875 tỷ đồng, bằng "
        "110,5% dự toán Trung ương giao thu ngân sách cả năm 2025. Trong đó, thu từ hoạt động xuất nhập khẩu đạt "
        "69.116,05 tỷ đồng, bằng 103,8% kế hoạch Trung ương giao. Thu nội địa đạt 89.289,413 tỷ đồng, bằng 119,6% "
        "dự toán Trung ương giao. Trong thu nội địa, số thu tiền sử dụng đất đạt 38.252,446 tỷ đồng, bằng 145,2% "
        "dự toán kế hoạch thu ngân sách tiền sử dụng đất cả năm Trung ương giao.\n\n"
        "Tổng mức bán lẻ đạt 309.633,5 tỷ đồng (tăng 15,12% so với cùng kỳ, bằng 82,15% kịch bản tăng trưởng năm).",
        ("2025-11-06", "vi", "31"),
        {
            ("retail_sales_services", "2025-YTD10", "level", "=", "309633.5", "309.633,5 tỷ đồng"),
            ("retail_sales_services", "2025-YTD10", "growth_pct", "=", "15.12", "15,12%"),
        },
        id="the year a plan's name ends on, after a share of it, is the plan's, not the next sentences' period",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/bac-giang-leads-nation-in-economic-growth-in-q1/283944.vnp
        "In March, its industrial production index went up 20.6% monthly and 16.7% annually, pushing up the "
        "three-month figure to 23.89%.",
        ("2024-04-03", "en", "24"),
        {
            ("industrial_production_index", "2024-M03", "growth_prev_period_pct", "=", "20.6", "20.6%"),
            ("industrial_production_index", "2024-M03", "growth_pct", "=", "16.7", "16.7%"),
            ("industrial_production_index", "2024-YTD03", "growth_pct", "=", "23.89", "23.89%"),
        },
        id="'x% monthly' is on the month before",
    ),
    pytest.param(
        # http://www.khanhhoa.gov.vn/?ArticleId=9ece9f80-9319-4635-a9ee-60cb3acf3819
        "3 first months of 2017, the index of industrial production of Khanh Hoa province increased 6.3% compared "
        "to the same period last year.",
        ("2017", "en", "56"),
        {("industrial_production_index", "2017-YTD03", "growth_pct", "=", "6.3", "6.3%")},
        id="'3 first months of 2017' is a running total",
    ),
    pytest.param(
        # https://travinh.gov.vn/Default.aspx?sid=1433&pageid=38342&catid=71837&id=685476&catname=economy&title=in-march-the-socio-economic-situation-in-the-province-remained-stable-and-developed
        "Specifically, rice production at the beginning of the year had sown 63,251 hectares, reaching 33.7% of the "
        "plan, and the output was estimated to reach over 83,000 tons in the first quarter.\n\n"
        "In the industrial sector, the majority of enterprises had stable production and business activities. The "
        "industrial production index increased by 19.01% over the previous month, and the value of industrial "
        "production was estimated at over 2,500 billion dongs, up 14% over the previous month. In the first quarter, "
        "the industrial production index decreased by 19.9%, the industrial production value was about 7,000 "
        "billion VND, reaching 20.79% of the plan, down 5.53% over the same period.",
        ("2023", "en", "84"),
        {
            ("industrial_production_index", "2023-M03", "growth_prev_period_pct", "=", "19.01", "19.01%"),
            ("industrial_output_value", "2023-M03", "level", ">=", "2500", "2,500 billion dongs"),
            ("industrial_output_value", "2023-M03", "growth_prev_period_pct", "=", "14", "14%"),
            ("industrial_production_index", "2023-Q1", "growth_pct", "=", "-19.9", "decreased by 19.9%"),
            ("industrial_output_value", "2023-Q1", "level", "~", "7000", "7,000 billion VND"),
            ("industrial_output_value", "2023-Q1", "plan_share_pct", "=", "20.79", "20.79%"),
            ("industrial_output_value", "2023-Q1", "growth_pct", "=", "-5.53", "down 5.53%"),
        },
        id="growth on the previous month after the quarter is the quarter's last month's; 'billion dongs'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/binh-phuoc-posts-nearly-700-million-usd-in-h1-trade-surplus/232124.vnp
        "Binh Phuoc, a province in the southern key economic region, recorded a trade surplus of nearly 700 million "
        "USD in first half of 2022, according to the provincial People\u2019s Committee.\n"
        "The People\u2019s Committee noted though there remain difficulties in export markets and goods flows, thanks "
        "to the experience gained during the long social distancing period in 2021, businesses have gradually "
        "ensured material supply and kept supply chains uninterrupted, thus fulfilling export orders.\n"
        "Meanwhile, the index of industrial production increased 22% year on year in the six months, helping Binh "
        "Phuoc achieve a growth rate of 6.91% to rank second the southeastern region and 35th in Vietnam.",
        ("2022-07-04", "en", "70"),
        {("industrial_production_index", "2022-H1", "growth_pct", "=", "22", "22%")},
        id="a year named after 'thanks to' is a cause's, not the year of the six months after it",
    ),
    pytest.param(
        # http://bacninh.dangcongsan.vn/phat-trien-va-hoi-nhap/xuat-khau-hang-hoa-6-thang-dau-nam-uoc-14-7-ty-usd-tang-5-3-so-voi-cung-ky-555419.html
        "Tổng sản phẩm kinh tế của tỉnh (GRDP) 6 tháng đầu năm 2020 (giá SS năm 2010) ước 53.183 tỷ đồng, giảm "
        "3,3% so với cùng kỳ. Cơ cấu kinh tế: khu vực công nghiệp - xây dựng chiếm 74,3%; dịch vụ chiếm 22,4%; "
        "nông, lâm nghiệp và thuỷ sản chiếm 3,3%. Tổng giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước "
        "464 nghìn tỷ đồng. Xuất khẩu hàng hóa ước 14,7 tỷ USD, tăng 5,3% so với cùng kỳ; nhập khẩu ước hơn 13 tỷ "
        "USD, tăng 9%.",
        ("2020", "vi", "27"),
        {
            ("industrial_output_value", "2020-H1", "level", "=", "464", "464 nghìn tỷ đồng"),
            ("export_value", "2020-H1", "level", "=", "14.7", "14,7 tỷ USD"),
            ("export_value", "2020-H1", "growth_pct", "=", "5.3", "5,3%"),
        },
        id="the price basis shortened 'giá SS năm 2010' is not a period",
    ),
    pytest.param(
        # https://plo.vn/post-793372.html
        "Theo Cục Thống kê TP.HCM, tháng 5 và năm tháng đầu năm 2024, kinh tế - xã hội TP.HCM có nhiều chỉ số tiếp "
        "tục khởi sắc. Trong đó, chỉ số sản xuất toàn ngành công nghiệp (IIP) năm tháng đầu năm tăng trưởng 5,3% "
        "so với cùng kỳ.",
        ("2024-05-31", "vi", "79"),
        {("industrial_production_index", "2024-YTD05", "growth_pct", "=", "5.3", "5,3%")},
        id="'năm tháng đầu năm' is five months, the count spelt as the word for year",
    ),
    pytest.param(
        # http://cucthongke.ninhthuan.gov.vn/CTK/1237/30486/40791/72450/Tin-chuyen-nganh/CHI-SO-SAN-XUAT-CONG-NGHIEP--IIP--THANG-6-NAM-2023.aspx
        "Hoạt động sản xuất công nghiệp đạt mức tăng ổn định sau các năm biến động mạnh do ảnh hưởng bởi mức tăng cao "
        "của sản xuất điện. Chỉ số sản xuất công nghiệp tháng Sáu ước tăng 3,57% so với tháng trước và tăng 11,20% so "
        "với cùng kỳ năm trước.",
        ("2023-07-06", "vi", "58"),
        {
            ("industrial_production_index", "2023-M06", "growth_prev_period_pct", "=", "3.57", "3,57%"),
            ("industrial_production_index", "2023-M06", "growth_pct", "=", "11.20", "11,20%"),
        },
        id="'tháng Sáu', the month spelt as a word, is June",
    ),
    pytest.param(
        # https://en.baohaiduong.vn/economy/may-industrial-production-keeps-rising-168638
        "This May, the industrial production index of Hai Duong province has increased by 0.2% over the previous "
        "month and 17% year on year.",
        ("2021-05-28", "en", "30"),
        {
            ("industrial_production_index", "2021-M05", "growth_prev_period_pct", "=", "0.2", "0.2%"),
            ("industrial_production_index", "2021-M05", "growth_pct", "=", "17", "17%"),
        },
        id="'This May,' is May of the year in hand",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/industrial-production-index-up-79-percent-in-nine-months-post118839.vnp
        "Hanoi (VNA) \u2013The national industrial production index (IPI) expanded by 7.9 percent in "
        "January-September, the General Statistics Office (GSO) reported.\n"
        "In September alone, the growth was estimated at 13.2 percent as compared with the corresponding time last "
        "year.\n"
        "Among key industrial products that posted high IPI increases in nine months were television sets (31.6 "
        "percent), raw steel and iron (28 percent).\n"
        "According to the GSO, the northern province of Bac Ninh saw the highest year-on-year IPI increase of 25.1 "
        "percent, followed by the northern port city of Hai Phong (20.1 percent).",
        ("2017", "en", "27"),
        {("industrial_production_index", "2017-YTD09", "growth_pct", "=", "25.1", "25.1 percent")},
        id="'the corresponding time last year' is a base, its year not the year of the periods after it",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/hcm-citys-retail-sales-services-revenue-surge-by-112-percent/168426.vnp
        "Hanoi (VNA) - Total retail sales and services revenue in Ho Chi Minh City were estimated at 112.77 trillion "
        "VND (4.8 billion USD) in January this year, an increase of 11.2 percent compared to the same period last "
        "year, according to the municipal Department of Industry and Trade.",
        ("2020-02-10", "en", "79"),
        {
            ("retail_sales_services", "2020-M01", "level", "=", "112.77", "112.77 trillion VND"),
            ("retail_sales_services", "2020-M01", "growth_pct", "=", "11.2", "11.2 percent"),
        },
        id="'in January this year' is January, not the year",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/february-exports-provide-positive-signal-in-binh-duong-province/249469.vnp
        "The department said that in February, the province recorded a surge of 91% in the export of wood and "
        "wooden furniture, 33% in garments, 28% in electronic accessories, and over 30% in automobile spare parts.\n"
        "In the month, the locality posted a 42.7% increase in export revenue over January and 25.7% year on year.",
        ("2023-03-07", "en", "74"),
        {
            ("export_value", "2023-M02", "growth_prev_period_pct", "=", "42.7", "42.7%"),
            ("export_value", "2023-M02", "growth_pct", "=", "25.7", "25.7%"),
        },
        id="'a 42.7% increase in export revenue over January': the base after the indicator the change is in",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/34556/.html
        "In 2015, its industrial production value reached VND23,693 billion (1994 price), 81 times higher than that "
        "in 1989, and achieved an average annual growth rate of over 18 per cent in the 1990 - 2015 period, much "
        "higher than the province\u2019s GDP growth.",
        ("2017-04-15", "en", "51"),
        {
            ("industrial_output_value", "2015", "level", "=", "23693", "VND23,693 billion"),
            ("industrial_output_value", "1990/2015", "average_growth_pct", ">=", "18", "18 per cent"),
        },
        id="'in the 1990 - 2015 period' right after the figure is its span",
    ),
    pytest.param(
        # https://www.cantho.gov.vn/wps/portal/home/en/detail/news-and-events/can+thos+socio+economy+maintain+a+positive+growth+trend+in+august
        "The index of industrial production (IIP) in August is estimated to have increased by 2.1% from a month "
        "earlier and by 11.26% over the same period last year.",
        ("2024", "en", "92"),
        {
            ("industrial_production_index", "2024-M08", "growth_prev_period_pct", "=", "2.1", "2.1%"),
            ("industrial_production_index", "2024-M08", "growth_pct", "=", "11.26", "11.26%"),
        },
        id="'from a month earlier' is the month before",
    ),
    pytest.param(
        # http://hanoicapital.chinhphu.vn/ipi-expands-positively-in-december
        "IPI expands positively in December\n\n\n"
        "VGP  The industrial production index (IPI) was estimated to saw a month-on-month increase of 3.7% and a "
        "year-on-year growth of 10.7%, the Ha Noi Department of Industry and Trade reported. \n\n"
        "IPI rebounded vigorously, up 6.7% in Q1, 8% in Q2, 8.7% in Q3, and 10.1% in Q4.",
        ("2019", "en", "01"),
        {
            ("industrial_production_index", "2019-M12", "growth_prev_period_pct", "=", "3.7", "3.7%"),
            ("industrial_production_index", "2019-M12", "growth_pct", "=", "10.7", "10.7%"),
            ("industrial_production_index", "2019-Q1", "growth_pct", "=", "6.7", "6.7%"),
            ("industrial_production_index", "2019-Q2", "growth_pct", "=", "8", "8%"),
            ("industrial_production_index", "2019-Q3", "growth_pct", "=", "8.7", "8.7%"),
            ("industrial_production_index", "2019-Q4", "growth_pct", "=", "10.1", "10.1%"),
        },
        id="a lead naming no period is of the month its headline names",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/dong-nais-export-revenue-reaches-43-billion-usd-in-q1-post128981.vnp
        "Dong Nai (VNA) \u2013 The southern province of Dong Nai earned 4.3 billion USD from export in the first "
        "quarter of 2018, up 12.3 percent over the same period last year, according to the provincial Department "
        "of Planning and Investment.\n\n"
        "Dung said that in order to maintain the high growth, and complete its target of 11 percent in exports "
        "growth to reach 18.5 billion USD, the province will continue accompanying businesses.",
        ("2018", "en", "75"),
        {
            ("export_value", "2018-Q1", "level", "=", "4.3", "4.3 billion USD"),
            ("export_value", "2018-Q1", "growth_pct", "=", "12.3", "12.3 percent"),
            ("export_value", "2018", "growth_pct", "=", "11", "11 percent"),
            ("export_value", "2018", "level", "=", "18.5", "18.5 billion USD"),
        },
        id="a target naming no period after a quarter's figures is the year's",
    ),
    pytest.param(
        # https://baobinhduong.vn/en/many-remarkable-results-in-implementing-resolution-11-in-binh-duong-a27626.html
        "The provincial industrial production value in the first 9 months of this year won a 17.5% growth.\n\n"
        "Reportedly, the custom price index in the September surged 0.32% from the previous month. Notably, "
        "despite difficult situation, the total retail in this month remained stable, reaching VND41,366bil, a "
        "29.7% rise from the same period last year.",
        ("2011-09", "en", "74"),
        {
            ("industrial_output_value", "2011-YTD09", "growth_pct", "=", "17.5", "17.5%"),
            ("retail_sales_services", "2011-M09", "level", "=", "41366", ""),
            ("retail_sales_services", "2011-M09", "growth_pct", "=", "29.7", "29.7%"),
        },
        id="'in this month' in a report on nine months is the ninth month",
    ),
    pytest.param(
        # https://seafood.vasep.com.vn/amp/ca-mau-accounted-for-21-of-vietnam-s-total-shrimp-production-in-april-2023-28044.html
        "Ca Mau's fishing production in April was estimated at 19,740 tons, up 0.87% over the same period in 2022. "
        "Aquaculture production was estimated at 34,500 tons, an increase of 7.81% over the same period last year.\n"
        "The index of industrial production (IIP) of Ca Mau province in this month decreased by 5.71% compared to "
        "the previous month but increased by 16.14% over the same period in 2021.",
        ("2023", "en", "96"),
        {
            ("industrial_production_index", "2023-M04", "growth_prev_period_pct", "=", "-5.71", "decreased by 5.71%"),
        },
        id="'in this month' two sentences after the month is named is that month",
    ),
    pytest.param(
        # https://vir.com.vn/thai-nguyen-shows-what-it-takes-to-reach-2024-goals-113310.html
        "The northern province\u2019s economy expanded 6.03 per cent in the first six months of 2024, compared to "
        "5.17 per cent in the same period of 2023, ranking fifth out of 14 localities in the northern midlands and "
        "mountainous region.\n"
        "Of note, the scale of export continues to unfold. Accordingly, in H1, the province\u2019s total export value "
        "climbed to $15.4 billion, showing a 19.2 per cent jump, equal to just over half of the full-year projection.",
        ("2024", "en", "19"),
        {
            ("export_value", "2024-H1", "level", "=", "15.4", "$15.4 billion"),
            ("export_value", "2024-H1", "growth_pct", "=", "19.2", "19.2 per cent"),
        },
        id="'the same period of 2023' is the base's year, not the year of the periods after it",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/47561/extending-high-growth-momentum/index.html
        "This is an important driving force for the sector to keep going up in 2022.\n"
        "The province\u2019s industrial structure continued to move toward the desired pattern. The index of "
        "industrial production (IIP) grew by 9.67% over 2020; and the sector\u2019s GRDP expanded 9.92%.",
        ("2022-04-04", "en", "27"),
        {("industrial_production_index", "2021", "growth_pct", "=", "9.67", "9.67%")},
        id="'grew by 9.67% over 2020' in a sentence naming no period is 2021's, not the year said before",
    ),
    pytest.param(
        # https://timhieuvietnam.vn/socio-economic-development-situation-in-can-tho-city-in-2014
        "Gross local product (GDP - comparative price in 2010) is estimated at VND 69,514.7 billion, up 12.05% "
        "compared to 2013, reaching the set plan.\n"
        "Industrial production results continued to develop in a positive direction, the industrial production "
        "index was estimated to increase by 8.4% compared to 2013.",
        ("2014", "en", "92"),
        {("industrial_production_index", "2014", "growth_pct", "=", "8.4", "8.4%")},
        id="'increase by 8.4% compared to 2013' in a sentence naming no period is 2014's",
    ),
    pytest.param(
        # https://vneconomy.vn/some-3-2-mln-tourists-visited-central-thua-thien-hue-province-in-10m.htm
        "In the ten-month period, the province also posted remarkable growth in other economic indicators, as "
        "compared to the ten-month period of 2023.\n"
        "Total export revenue reached over $1 billion, up 17.5%; and the index of industrial production (IIP) rose "
        "5.44%.",
        ("2024-11", "en", "46"),
        {
            ("export_value", "2024-YTD10", "level", ">=", "1", "$1 billion"),
            ("export_value", "2024-YTD10", "growth_pct", "=", "17.5", "17.5%"),
            ("industrial_production_index", "2024-YTD10", "growth_pct", "=", "5.44", "5.44%"),
        },
        id="'the ten-month period of 2023' after 'compared to' is the base, not the period of the figures after it",
    ),
    pytest.param(
        # http://eng.longan.gov.vn/lists/tintucsukien/tongquat.aspx?categoryid=security
        "The index of industrial production of Long An province on August 2011 has increased 2,31 percent compared "
        "with July 2011 and increased 20,5 percent compared with August 2010.",
        ("2011", "en", "80"),
        {
            ("industrial_production_index", "2011-M08", "growth_prev_period_pct", "=", "2.31", ""),
            ("industrial_production_index", "2011-M08", "growth_pct", "=", "20.5", ""),
        },
        id="'on August 2011' is that month, as the provincial press's English may put it (its decimal comma unread)",
    ),
    pytest.param(
        # https://doanhnghiephoinhap.vn/vinh-phuc-san-xuat-cong-nghiep-quy-i-uoc-tang-7-7-so-voi-cung-ky.html
        "DNHN - Trong quý I năm 2021, vượt qua khó khăn do ảnh hưởng của dịch bệnh Covid-19, phần lớn các doanh "
        "nghiệp công nghiệp trên địa bàn tỉnh vẫn duy trì hoạt động sản xuất kinh doanh ổn định.\n"
        "Chỉ số sản xuất công nghiệp của tỉnh ước tính tăng 7,71% so với cùng kỳ, cao hơn mức tăng 5,81% của quý I "
        "năm 2020.",
        ("2021", "vi", "26"),
        {
            ("industrial_production_index", "2021-Q1", "growth_pct", "=", "7.71", "7,71%"),
            ("industrial_production_index", "2020-Q1", "growth_pct", "=", "5.81", "5,81%"),
        },
        id="'mức tăng 5,81% của quý I năm 2020': the period after 'của' is the figure's just before it",
    ),
    pytest.param(
        # https://thanhnien.vn/tai-chinh-kinh-doanh/vi-sao-thu-noi-dia-cua-quang-nam-giam-so-voi-cung-ky-nam-2018-1135520.html
        "Cũng theo UBND tỉnh Quảng Nam , chỉ số sản xuất công nghiệp quý 3/2019 giảm 10,3% so với quý 2/2019 và "
        "giảm 3,5% so với quý cùng kỳ...",
        ("2019-10", "vi", "49"),
        {
            ("industrial_production_index", "2019-Q3", "growth_prev_period_pct", "=", "-10.3", "giảm 10,3%"),
            ("industrial_production_index", "2019-Q3", "growth_pct", "=", "-3.5", "giảm 3,5%"),
        },
        id="'so với quý 2/2019' for the third quarter of 2019 is the quarter before",
    ),
    pytest.param(
        # https://vinamas.com.vn/industrial-production-of-southern-economic-hub-enjoys-recovery-in-may
        "The Index of Industrial Production (IIP) of Ho Chi Minh City was boosted by a 7.9% surge in May against "
        "April, therefore signaling that local industrial production is beginning to pick up.",
        ("2020", "en", "79"),
        {("industrial_production_index", "2020-M05", "growth_prev_period_pct", "=", "7.9", "7.9%")},
        id="'a 7.9% surge in May against April': the month before named after the figure's own",
    ),
    pytest.param(
        # https://vccinews.com/news/49782/positive-industrial-and-commercial-signals.html
        "Accordingly, the June merchandise export value was estimated at US$96.56 million, 0.16% higher than the "
        "previous month and 2.89% higher than a year-ago period, bringing six-month value to US$573.98 million, up "
        "3.77% year on year, equal to 49.1% of the full-year plan and 99.64% of the given growth scenario of the "
        "province.",
        ("2023", "en", "89"),
        {
            ("export_value", "2023-M06", "level", "=", "96.56", "US$96.56 million"),
            ("export_value", "2023-M06", "growth_prev_period_pct", "=", "0.16", "0.16%"),
            ("export_value", "2023-M06", "growth_pct", "=", "2.89", "2.89%"),
            ("export_value", "2023-H1", "level", "=", "573.98", "US$573.98 million"),
            ("export_value", "2023-H1", "growth_pct", "=", "3.77", "3.77%"),
            ("export_value", "2023-H1", "plan_share_pct", "=", "49.1", "49.1%"),
        },
        id="'the June merchandise export value' is June's",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/product-quality-improvement-key-for-soc-trang-development/57278.vnp
        "This year Soc Trang province is resolved to focus on supporting businesses active in industrial, commercial "
        "and service sectors to improve the quality of their products.\n"
        "Soc Trang province recorded 8,090 billion VND in industrial production value, up 2.38% against 2012.",
        ("2014", "en", "94"),
        {
            ("industrial_output_value", "2013", "level", "=", "8090", "8,090 billion VND"),
            ("industrial_output_value", "2013", "growth_pct", "=", "2.38", "2.38%"),
        },
        id="a level naming no period, its growth after it on 2012: both of 2013",
    ),
]


@pytest.mark.parametrize(("text", "publication", "expected"), PARAGRAPHS)
def test_real_paragraphs_give_the_period_and_base_an_analyst_reads(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]
):
    assert_paragraph_rows(text, publication, expected)


def test_a_base_said_as_the_quarter_before_is_the_previous_period_however_quarter_is_spelt():
    # "so với quý trước": the folded text spells "quý" with its tone moved ("qúy"), which the reading
    # of the base must know, as it does "quí"
    from flows.extract.patterns import BASE_PERIOD_KINDS
    from flows.extract.text import fold

    assert {BASE_PERIOD_KINDS[fold(word)] for word in ("quý", "Quý", "quí")} == {"Q"}
    assert BASE_PERIOD_KINDS[fold("tháng")] == "M"


def test_the_revenue_of_trade_and_services_is_another_indicator_than_retail():
    # https://hatinh24h.com.vn/ha-tinh-tong-doanh-thu-thuong-mai-dich-vu-quy-i2025-uoc-dat-24390-ty-dong-a187979.html
    text = (
        "Theo thống kê của cơ quan chức năng Hà Tĩnh, tổng doanh thu hoạt động thương mại, dịch vụ trên địa bàn "
        "trong quý I/2025 ước đạt 24.390,2 tỷ đồng, tăng hơn 2,65% so với quý trước và tăng hơn 9,56% so với cùng "
        "kỳ năm 2024."
    )

    result = extract_article(text, "2025-04", "vi", "42")

    assert result.rows == []
    assert {s.reason for s in result.skipped} == {"another indicator: trade and services revenue"}


def test_the_figures_of_periods_listed_before_them_are_taken_in_turn():
    # https://en.vietnamplus.vn/hcm-citys-industrial-production-regains-attractiveness-to-investors/268979.vnp
    text = (
        "Ho Chi Minh City\u2019s Index of Industrial Production (IIP) in the first nine months of this year increased "
        "by 3.2% year-on-year, regaining its attractiveness to foreign investors, suppliers and clients.Earlier, the "
        "seven-month and eight-month figures stood at 2.2% and 2.6%, respectively, which demonstrated that "
        "industrial production in the country\u2019s southern biggest economic hub has overcome the downturn period."
    )

    result = extract_article(text, "2023-10", "en", "79")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2023-YTD09", "growth_pct", "3.2"),
        ("industrial_production_index", "2023-YTD07", "growth_pct", "2.2"),
        ("industrial_production_index", "2023-YTD08", "growth_pct", "2.6"),
    }


def test_the_goal_for_the_year_after_a_plan_is_that_indicators_target():
    # https://en.vietnamplus.vn/ha-nam-aims-for-15-percent-growth-in-industrial-production/74236.vnp
    text = (
        "The official said at this growth rate, total industrial production value will reach 81 trillion VND "
        "(3.76 billion USD) in 2020. Major products will be milk (143 million litres), beer (100 million litres), "
        "other beverage (600 million litres), cement (14-15 million tonnes) and electronic appliances (24.5 million "
        "items).\n\n"
        "The goal for this year was set at 21 trillion VND (almost 1 billion USD), a 22.7 percent rise from 2014."
    )

    result = extract_article(text, "2015-04", "en", "35")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("industrial_output_value", "2020", "level", "target", "81"),
        ("industrial_output_value", "2015", "level", "target", "21"),
        ("industrial_output_value", "2015", "growth_pct", "target", "22.7"),
    }


def test_a_targets_share_of_the_years_plan_is_a_target_too():
    # http://baohungyen.vn/kinh-te/201804/hung-yen-gia-tri-kim-ngach-xuat-khau-dat-950-trieu-usd-789337/
    text = (
        "Theo kế hoạch, ngành Công Thương tỉnh đề ra mục tiêu phấn đấu đến hết quý II giá trị kim ngạch xuất "
        "khẩu đạt 2.150 triệu USD, tăng trưởng 15,53% so với cùng kỳ năm 2017 và đạt 51,19% kế hoạch năm."
    )

    result = extract_article(text, "2018-04", "vi", "33")

    assert {(r.measure, r.status) for r in result.rows} == {
        ("level", "target"), ("growth_pct", "target"), ("plan_share_pct", "target")
    }  # fmt: skip  # the share takes the level's status


def test_this_year_s_plan_is_the_plan_s_year_and_the_industry_s_production_value_is_the_indicator():
    # https://en.baobinhthuan.com.vn/outstanding-highlights-in-the-binh-thuan-s-economic-sketch-112664.html
    text = (
        "Precisely, in the past 9 months, the province is estimated to welcome 6,984 million visitors, an increase "
        "of 75.8% over the same period and approximately 104% of the plan. It also brought the total retail sales "
        "of goods and service revenue in the province to about 68,790 billion VND, increasing nearly 30% over the "
        "same period and achieving more than 80% of this year's plan.\n\n"
        "In the industrial sector, so far, the industry's production value (2010 comparative prices) has reached "
        "approximately VND 29,700 billion (up nearly 4% over the same period), of which production - distribution "
        "of electricity, gas, and water heating, steam, and air conditioning reached VND 12,616 billion (grown "
        "11.42%)."
    )

    result = extract_article(text, "2023-10-05", "en", "60")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("retail_sales_services", "2023-YTD09", "level", "~", "68790"),
        ("retail_sales_services", "2023-YTD09", "growth_pct", "~", "30"),
        ("retail_sales_services", "2023-YTD09", "plan_share_pct", ">=", "80"),
        ("industrial_output_value", "2023-YTD09", "level", "~", "29700"),
        ("industrial_output_value", "2023-YTD09", "growth_pct", "~", "4"),
    }


def test_an_amount_by_a_year_after_a_span_is_that_year_s_and_of_the_total_opens_a_breakdown():
    # https://thoibaotaichinhvietnam.vn/ca-mau-eyes-173-billion-usd-in-export-revenue-by-2030-125298.html
    text = (
        "The southernmost province of Ca Mau is striving for an average export growth rate of 5-6% per year in the "
        "2021-2030 period and export turnover of 1.73 billion USD by 2030.\n\n"
        "Of the total, 1.6 billion USD will come from the export of aquatic products, 100 million USD from "
        "fertilisers and 30 million USD from agro-forestry products, garments and textiles and others."
    )

    result = extract_article(text, "2023-04-08", "en", "96")

    rows = {(r.period, r.measure, r.status, r.value) for r in result.rows}
    assert ("2030", "level", "target", "1.73") in rows
    assert not any(r.value == "1.6" for r in result.rows)


def test_an_amount_by_2025_in_a_plan_between_2021_and_2025():
    # https://en.vietnamplus.vn/ben-tre-targets-623-pct-in-export-growth-this-year/195740.vnp
    text = (
        "Be said Ben Tre has developed a plan for export growth between 2021 and 2025, in which turnover is to "
        "expand 13 percent annually and hit 2.6 billion USD by 2025."
    )

    result = extract_article(text, "2021-02", "en", "83")

    assert {(r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("2021/2025", "average_growth_pct", "target", "13"),
        ("2025", "level", "target", "2.6"),
    }


@pytest.mark.parametrize(
    ("text", "publication", "kept"),
    [
        pytest.param(
            # https://seafood.vasep.com.vn/amp/ca-mau-accounted-for-21-of-vietnam-s-total-shrimp-production-in-april-2023-28044.html
            "Ca Mau's fishing production in April was estimated at 19,740 tons, up 0.87% over the same period in "
            "2022. Aquaculture production was estimated at 34,500 tons, an increase of 7.81% over the same period "
            "last year (shrimp output reached 21,000 tons).\n"
            "The index of industrial production (IIP) of Ca Mau province in this month decreased by 5.71% compared "
            "to the previous month but increased by 16.14% over the same period in 2021.",
            ("2023", "en", "96"),
            {("2023-M04", "growth_prev_period_pct", "-5.71")},
            id="April 2023 over the same period in 2021",
        ),
        pytest.param(
            # https://www.vccinews.com/prode/40551/striving-for-us-6-bln-export-value.html
            "The industrial production value was estimated at VND48,050 in 2020, an increase of 51% over 2015 and "
            "6.7% over 2019.",
            ("2020-09-15", "en", "52"),
            {("2020", "growth_pct", "6.7")},
            id="2020 over 2015, and over 2019",
        ),
        pytest.param(
            # http://haiphongdpi.gov.vn/eng/haiphong-iip-increases-over-23/
            "The index of industrial production (IIP) of Haiphong in the first 5 months of 2019 rises by more than "
            "23% over 2017.",
            ("2019", "en", "31"),
            set(),
            id="five months of 2019 over 2017",
        ),
    ],
)
def test_a_growth_over_a_year_that_is_not_the_one_before_goes_to_the_review(
    text: str, publication: tuple[str, str, str], kept: set[tuple[str, ...]]
):
    result = extract_article(text, *publication)

    assert {(r.period, r.measure, r.value) for r in result.rows} == kept
    reasons = [s.reason for s in result.skipped]
    assert "growth against a year that is not the one before" in reasons


def test_a_span_printed_with_a_spaced_dash_and_the_average_growth_after_it_and_beside_it():
    # https://www.vccinews.com/prode/40551/striving-for-us-6-bln-export-value.html
    text = (
        "Total retail revenue of goods and services was estimated at VND324,592 billion in the 2016 - 2020 period, "
        "rising by 10.3% a year on average, 2.4% higher than the target growth of 7.9%. The export value was "
        "estimated at US$4,146.2 million in 2016 - 2020, fulfilling 92.1% of the plan set in the Resolution of the "
        "19th Congress of the Provincial Party Committee. The average export growth was estimated at 6.7% a year."
    )

    result = extract_article(text, "2020-09-15", "en", "52")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("retail_sales_services", "2016/2020", "average_growth_pct", "estimate", "10.3"),
        ("retail_sales_services", "2016/2020", "average_growth_pct", "target", "7.9"),
        ("export_value", "2016/2020", "average_growth_pct", "estimate", "6.7"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["US$4,146.2 million"] == "a figure over several years"


def test_the_same_period_of_a_year_said_inside_a_comparison_is_its_base():
    # https://cafef.vn/dia-phuong-phia-nam-xuat-khau-20-ty-usd-nhieu-nhat-ca-nuoc-trong-6-thang-2023-188230716193331026.chn
    # "Hải Phòng có kim ngạch 11,5 tỷ USD, tương đương so với kết quả 11,47 tỷ USD của cùng kỳ 2022." in a report on
    # the first half of 2023
    text, meta = eval_article("cafef-2023-07-xuat-khau-6-thang-7-tinh-10-ty-usd")

    result = extract_article(text, meta["published_on"], meta["language"], "31")

    assert {(r.period, r.status, r.value) for r in result.rows} == {("2023-H1", "estimate", "11.5")}


def test_a_figure_with_no_period_before_the_running_total_of_the_report_is_the_report_s_month():
    # https://vietnamnet.vn/gia-lai-xep-thu-7-ca-nuoc-ve-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-2462418.html
    # "Chỉ số sản xuất công nghiệp (IIP) ước tăng 8,79% so với cùng kỳ. Tính chung 10 tháng năm 2025, chỉ số IIP
    # ước tăng 9,7% so với cùng kỳ…" in a report on October, after "Tính chung 10 tháng, sản lượng …"
    text, meta = eval_article("vietnamnet-2025-11-gia-lai-kt-xh-thang-10")

    result = extract_article(text, meta["published_on"], meta["language"], meta["province"])

    assert {(r.period, r.value) for r in result.rows if r.indicator_code == "industrial_production_index"} == {
        ("2025-M10", "8.79"),
        ("2025-YTD10", "9.7"),
    }


def test_the_first_month_of_the_year_is_january():
    # https://lite.baomoi.com/kien-giang-dat-ke-hoach-gia-tri-san-xuat-cong-nghiep-tang-13-dat-khoang-64-695-ty-dong-c51433749.epi
    text = (
        "Trong tháng đầu năm 2025, lĩnh vực kinh tế công nghiệp của tỉnh Kiên Giang tăng trưởng nổi bật. Trong năm "
        "2025, kế hoạch giá trị sản xuất công nghiệp của tỉnh phấn đấu tăng 13% so với năm 2024, tương đương khoảng "
        "64.695 tỷ đồng.\n\n"
        "Ngày 9/2, thông tin từ Sở Công Thương tỉnh Kiên Giang cho biết, tháng đầu năm 2025, kinh tế công nghiệp "
        "tỉnh Kiên Giang khởi sắc với giá trị sản xuất tăng 32,88% so cùng kỳ năm 2024, ước đạt khoảng 5.550 tỷ "
        "đồng, bằng 8,6% so kế hoạch."
    )

    result = extract_article(text, "2025-02", "vi", "91")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2025", "growth_pct", "=", "13"),
        ("2025", "level", "~", "64695"),
        ("2025-M01", "growth_pct", "=", "32.88"),
        ("2025-M01", "level", "~", "5550"),
        ("2025-M01", "plan_share_pct", "=", "8.6"),
    }


def test_two_months_named_in_passing_are_not_a_running_total_nor_the_figures_period():
    # https://nld.com.vn/phu-yen-1-nam-chat-vat-thuc-hien-cac-chi-tieu-196241110164623339.htm
    text = (
        "Theo Sở Nông nghiệp và Phát triển nông thôn (NN-PTNT) Phú Yên, năm 2024, có thời điểm thời tiết không "
        "thuận lợi như đợt nắng nóng trong 2 tháng 5 và 6 làm thủy sản nuôi như tôm hùm, cá mú chết hàng loạt, "
        "thiệt hại 45,7 tỉ đồng, nhưng ngành thủy sản vẫn ổn định và phát triển khá.\n\n"
        "Dù thời tiết bất lợi trong 2 tháng 5 và 6-2024 làm tôm hùm chết hàng loạt nhưng sản lượng hải sản vẫn "
        "tăng cao\n\n"
        "Nhờ đó đã giúp tổng kim ngạch xuất khẩu của tỉnh ước đạt 320 triệu USD, tăng 14,1% so với cùng kỳ."
    )

    result = extract_article(text, "2024-11", "vi", "54")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("export_value", "2024", "level", "320"),
        ("export_value", "2024", "growth_pct", "14.1"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["45,7 tỉ đồng"] == "another indicator: damage"


def test_the_first_three_quarters_is_the_running_total_to_september():
    # https://thoibaotaichinhvietnam.vn/bac-ninh-posts-104-economic-growth-in-9-months-113442.html
    text = (
        "The northern province of Bac Ninh recorded growth of 10.04% in gross regional domestic product (GRDP) in "
        "the first three quarters of 2022, hitting an estimated 105.13 trillion VND (443 billion USD), thanks to "
        "rapid recovery of service and trade sectors after the COVID-19 pandemic.\n\n"
        "The province\u2019s industrial production index surged 13%, while its retail and consumer service revenue and "
        "foreign direct investment (FDI) attraction into industrial parks rose by 40% and 34.1%.\n\n"
        "Bac Ninh\u2019s import-export turnover in the reviewed period reached about 65.3 billion USD, up 1.1%. Its "
        "export valued at 35.2 billion USD, up 4.1% over the same period last year."
    )

    result = extract_article(text, "2022-09-27", "en", "27")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} >= {
        ("industrial_production_index", "2022-YTD09", "growth_pct", "13"),
        ("export_value", "2022-YTD09", "level", "35.2"),
        ("export_value", "2022-YTD09", "growth_pct", "4.1"),
    }


def test_a_running_total_since_the_beginning_of_the_year_holds_for_the_sentence_after_it():
    # http://www.baobinhthuan.com.vn/en/news_TA/three-major-commodity-groups%E2%80%99-export-turnover-surged-in-october-132526.html
    text = (
        "BTO - Statistics showed that Binh Thuan's export turnover in October was estimated at USD37.8 million, "
        "increasing by 9.44 percent over the previous month.\n\n"
        "As of the beginning of 2020, the province's export turnover is estimated at USD 371.96 million. However, "
        "comparing with the same period last year, it still decreased by 3.1% due to the negative impact of Covid - 19."
    )

    result = extract_article(text, "2020-11-03", "en", "60")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("export_value", "2020-M10", "level", "37.8"),
        ("export_value", "2020-M10", "growth_prev_period_pct", "9.44"),
        ("export_value", "2020-YTD10", "level", "371.96"),
        ("export_value", "2020-YTD10", "growth_pct", "-3.1"),
    }


def test_a_whole_year_opening_the_sentence_as_its_base_makes_its_figures_the_year_after():
    # https://tapchicongthuong.vn/nganh-cong-thuong-hai-phong--tiep-tuc-giu-vai-tro-chu-luc-trong-nen-kinh-te-thanh-pho-68100.htm
    text = (
        "So với năm 2018, Chỉ số sản xuất công nghiệp (IIP) tăng 24,2% (cả nước tăng 9,1%); Kim ngạch xuất khẩu "
        "đạt 15,77 tỷ USD, tăng 92,51% (cả nước tăng 8,1%); Kim ngạch nhập khẩu đạt 17,52 tỷ USD, tăng 120,59% (cả "
        "nước tăng 7%); Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 135.338 tỷ đồng, tăng "
        "14,95% (cả nước tăng 11,8%)."
    )

    result = extract_article(text, "2019", "vi", "31")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2019", "growth_pct", "24.2"),
        ("export_value", "2019", "level", "15.77"),
        ("export_value", "2019", "growth_pct", "92.51"),
        ("retail_sales_services", "2019", "level", "135338"),
        ("retail_sales_services", "2019", "growth_pct", "14.95"),
    }


def test_a_target_s_growth_on_a_year_s_outturn_makes_its_figures_the_year_after():
    # https://baotuyenquang.com.vn/no-luc-ngay-tu-dau-nam-188128.html
    text = (
        "- Để hoàn thành mục tiêu giá trị sản xuất công nghiệp đạt 23.730 tỷ đồng, tăng 16% so với ước thực hiện "
        "năm 2023, ngay từ đầu năm mới 2024, các doanh nghiệp trong các khu, cụm công nghiệp trên địa bàn tỉnh đã "
        "dồn lực sản xuất, nỗ lực hoàn thành mục tiêu đề ra."
    )

    result = extract_article(text, "2024", "vi", "08")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("industrial_output_value", "2024", "level", "target", "23730"),
        ("industrial_output_value", "2024", "growth_pct", "target", "16"),
    }


def test_the_year_of_a_level_a_change_started_from_is_not_the_year_of_the_periods_after_it():
    # https://english.haiquanonline.com.vn/the-first-locality-reaches-10-billion-of-export-turnover-14265.html
    text = (
        "Meanwhile, Hanoi dropped from $3.354 billion in the first quarter of last year to $3.15 billion, more "
        "than $200 million.\n\n"
        "Among the remaining provinces and cities, Hai Phong and Bac Ninh had impressive increases.\n\n"
        "By the end of the first quarter, Hai Phong achieved export turnover of $3.922 billion, an increase of "
        "nearly $1.05 billion over the same period in 2019, making it the locality with achieving the "
        "second-highest increase in turnover after Ho Chi Minh City (Ho Chi Minh City increased by more than "
        "$1.33 billion).\n\n"
        "Regarding to Bac Ninh, in the first quarter, this locality reached the second-largest turnover of the "
        "country with $8.06 billion, up more than $450 million USD"
    )

    result = extract_article(text, "2020", "en", None)

    assert {(r.province_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("31", "2020-Q1", "level", "3.922"),
        ("27", "2020-Q1", "level", "8.06"),
    }


def test_a_growth_on_the_month_before_named_with_its_year_is_on_the_previous_period():
    # http://en.baohoabinh.com.vn/5/8137/Industrial-producti111n-index-up-7.21-m111nth-111n-m111nth-in-January.htm
    # "compared to December 2022" for January 2023: the month just before, across the turn of the year
    text = (
        "(HBO) \u2013 The province's industrial production index in January 2023 was estimated to increase 7.21% "
        "compared to December 2022 but decreased by 14.96% year-on-year."
    )

    result = extract_article(text, "2023", "en", "17")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2023-M01", "growth_prev_period_pct", "7.21"),
        ("2023-M01", "growth_pct", "-14.96"),
    }


def test_a_running_total_to_january_is_the_month_of_january():
    # https://thuonggiaonline.vn/thang-12023-dia-phuong-nao-co-kim-ngach-xuat-khau-lon-nhat-ca-nuoc-post54719.amp
    text = (
        "Cụ thể, trong 63 tỉnh, thành phố có 8 địa phương có kim ngạch xuất khẩu đạt từ 1 tỷ USD trở lên là Bắc "
        "Giang, Bắc Ninh, Bình Dương, Đồng Nai, Hà Nội, Hải Phòng, Thái Nguyên và TP.HCM.\n"
        "Theo Tổng cục Hải quan, hết tháng 1, xuất khẩu của Việt Nam đạt 23,61 tỷ USD, giảm 25,9%, tương ứng giảm "
        "8,25 tỷ USD so với cùng kỳ năm 2022."
    )

    result = extract_article(text, "2023", "vi", None)

    assert {(r.province_code, r.period, r.comparator, r.value) for r in result.rows} == {
        (code, "2023-M01", ">=", "1") for code in ("24", "27", "74", "75", "01", "31", "19", "79")
    }


def test_a_part_of_the_period_singled_out_with_alone_is_not_the_period_of_the_sentences_after_it():
    # https://vietnamnews.vn/economy/1728014/northern-provinces-dominate-viet-nam-s-economic-growth-in-first-9-months.html
    text = (
        "HÀ NỘI — Six out of 34 provinces and cities in Việt Nam recorded GRDP growth above 10 per cent in the first "
        "nine months of 2025, according to the Statistics Department under the Ministry of Finance.\n\n"
        "Quảng Ninh led the country with an estimated GRDP growth of 11.66 per cent, the highest in a decade. In the "
        "third quarter alone, the province\u2019s GRDP was estimated to rise by 12.88 per cent.\n\n"
        "Hải Phòng ranked second with GRDP up 11.59 per cent to VNĐ321.05 trillion.\n\n"
        "The city met or surpassed 10 out of 13 key economic targets. Budget revenue reached VNĐ145.6 trillion, up "
        "30.6 per cent year-on-year, while exports rose 6.2 per cent to $36 billion."
    )

    result = extract_article(text, "2025", "en", "31")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2025-YTD09", "growth_pct", "6.2"),
        ("2025-YTD09", "level", "36"),
    }


def test_the_first_semester_is_the_first_half_and_the_year_of_an_index_s_prices_no_period():
    # http://en.vietrade.gov.vn/index.php?option=com_content&view=article&id=1020:vinh-phuc-province-economic-development&catid=336:northern-vietnam-key-economic-region&Itemid=362
    text = (
        "In the first semester of 2009, total industrial output value (by 1994 index) was 13,603.83 billion VND, "
        "making 35.16% of the whole year projection, yet declining 14.18% compared to the same period the previous "
        "year."
    )

    result = extract_article(text, "2011-11-25", "en", "26")

    rows = {(r.period, r.measure, r.value) for r in result.rows}
    assert ("2009-H1", "level", "13603.83") in rows
    assert not any(period == "1994" for period, _, _ in rows)  # the prices' year, not the figures'


def test_the_first_quarter_said_as_the_quarter_at_the_start_of_the_year_is_the_first_quarter():
    # https://thesaigontimes.vn/chi-so-san-xuat-cong-nghiep-qui-1-tang-o-54-dia-phuong
    text = (
        "(KTSG Online) - Theo Tổng cục Thống kê, quí đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) tăng ở 54 địa "
        "phương và giảm ở 9 địa phương.\n"
        "Theo đó, những địa phương có chỉ số IIP tăng cao như Trà Vinh tăng 102,7%; Khánh Hòa tăng 37%; Bắc Giang "
        "tăng 23,9%; Thanh Hoá tăng 20%; Hà Nam tăng 17,2%; Quảng Ninh tăng 14%."
    )

    result = extract_article(text, "2024", "vi")

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("84", "2024-Q1", "102.7"),
        ("56", "2024-Q1", "37"),
        ("24", "2024-Q1", "23.9"),
        ("38", "2024-Q1", "20"),
        ("35", "2024-Q1", "17.2"),
        ("22", "2024-Q1", "14"),
    }


def test_a_range_of_years_after_nam_is_a_span_not_its_first_year():
    # https://baoyenbai.com.vn/12/303317/Yen-Bai-Chi-so-san-xuat-cong-nghiep-thang-10-tang-cao-nhat-so-cung-ky-3-nam-.aspx
    text = (
        "YênBái - Chỉ số sản xuất công nghiệp tháng 10 của Yên Bái ước tăng 13,7% so với cùng kỳ, là chỉ số tăng cao "
        "nhất so với cùng kỳ trong vòng 3 năm 2021 - 2023.\n\n"
        "Tính chung 10 tháng, chỉ số sản xuất ngành công nghiệp ước tăng 5,5% so với cùng kỳ năm 2022."
    )

    result = extract_article(text, "2023-11", "vi", "15")

    assert {(r.period, r.value) for r in result.rows} == {("2023-M10", "13.7"), ("2023-YTD10", "5.5")}


def test_the_same_period_of_a_year_right_after_a_growth_is_its_base():
    # https://thaibinh.gov.vn/tintuc/Pages/tin-kinh-te.aspx?ItemID=37100
    text = (
        "Theo báo cáo của Sở Công thương, 6 tháng đầu năm 2018, giá trị sản xuất công nghiệp ước đạt 24.616,2 tỷ "
        "đồng, tăng 21,5% cùng kỳ năm 2017, đạt 45% kế hoạch năm."
    )

    result = extract_article(text, "2018-06", "vi", "34")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2018-H1", "level", "24616.2"),
        ("2018-H1", "growth_pct", "21.5"),
        ("2018-H1", "plan_share_pct", "45"),
    }


def test_the_figure_of_a_period_opening_a_sentence_is_the_last_rows_indicator_over_that_period():
    # https://en.vietnamplus.vn/dong-nais-industrial-production-slows-down-due-to-covid19/170831.vnp
    text = (
        "Dong Nai (VNA) \u2013 The index of industrial production (IIP) in the southern province of Dong Nai went "
        "up 6.6 percent in March year-on-year, reported the provincial statistics department.\n"
        "The first-quarter figure only rose by 6.11 percent annually due to the shortage of input materials "
        "imported from China amid COVID-19 pandemic."
    )

    result = extract_article(text, "2020-03-27", "en", "75")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2020-M03", "growth_pct", "6.6"),
        ("industrial_production_index", "2020-Q1", "growth_pct", "6.11"),
    }


def test_a_year_said_after_a_compared_figure_is_not_carried_to_the_next_sentence():
    # https://en.vietstock.vn/2019/01/viet-nam%E2%80%99s-iip-records-encouraging-growth-in-2018-974-343829.htm
    text = (
        "The nation\u2019s index of industrial production (IIP) in 2018 experienced an encouraging increase of 10.2 "
        "per cent over the previous year, the General Statistics Office (GSO) said.\n"
        "According to the GSO, the consumption index of the processing and manufacturing industry in 2018 rose "
        "12.5 per cent year-on-year \u2013 compared to 10.2 per cent growth in 2017 \u2013 while its average "
        "inventory index was 64.4 per cent, the lowest level over the past three years.\n"
        "The central province of Ha Tinh led the nation with the strongest IIP growth of 89 per cent during the "
        "year, mainly thanks to the Taiwanese Hung Nghiep Formosa Ha Tinh Steel Company."
    )
    result = extract_article(text, "2019-01", "en", None)

    assert ("42", "industrial_production_index", "2018", "growth_pct", "89") in {
        (r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows
    }


@pytest.mark.parametrize(
    ("source_id", "expected"),
    [
        # http://khucongnghiepchulai.vn/index.php/tin-tuc-su-kien/27-th-tng-nguyn-tn-dng-thm-va-lam-vic-ti-tnh-qung-nam-
        # "… báo cáo tình hình thực hiện kế hoạch năm năm (2005-2010) …. Trong đó, giá trị sản xuất công nghiệp năm
        # năm ước đạt 34.101 tỷ đồng (tăng bình quân 25,8%/năm); …" (the exports' "(tăng bình quân 20,8%/năm)" opens a
        # line of the stored text, which is read as a sentence naming no indicator)
        ("kcnchulai-2010-quang-nam-thu-tuong-lam-viec", {("industrial_output_value", "2005/2010", "25.8")}),
        # http://dsiviet.com.vn/dsiviet/viewright/960: "… in the 2010 - 2015 term? …. The value of industrial and
        # handicraft production expanded 15.52 percent a year on average."
        ("dsiviet-en-2015-tra-vinh-competitiveness", {("industrial_output_value", "2010/2015", "15.52")}),
    ],
)
def test_an_average_rate_a_year_naming_no_years_is_over_the_span_the_text_named_last(
    source_id: str, expected: set[tuple[str, str, str]]
):
    text, meta = eval_article(source_id)

    result = extract_article(text, meta["published_on"], meta["language"], meta["province"])

    averages = {(r.indicator_code, r.period, r.value) for r in result.rows if r.measure == "average_growth_pct"}
    assert averages == expected


def test_the_span_consumer_prices_are_averaged_over_is_not_the_period_of_the_next_sentence():
    # http://www.thtg.vn/cuc-thong-ke-tien-giang-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2020/
    text = (
        "Theo số liệu được Cục thống kê công bố, 6 tháng đầu năm 2020, tổng sản phẩm trên địa bàn tỉnh Tiền Giang ước "
        "đạt 28.148 tỷ đồng, giảm 0,8% so với cùng kỳ. Chỉ số tiêu dùng bình quân quý II/2020 trên địa bàn tỉnh Tiền "
        "Giang tăng gần 3% so với cùng kỳ năm trước. Giá trị kim ngạch xuất khẩu hàng hóa ước đạt 1.200 triệu USD, "
        "đạt 36% kế hoạch, giảm gần 15% so với cùng kỳ."
    )

    result = extract_article(text, "2020-06", "vi", "82")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2020-H1", "level", "1200"),
        ("2020-H1", "plan_share_pct", "36"),
        ("2020-H1", "growth_pct", "-15"),
    }
