"""`flows extract` on classes of text met in real articles: falls worded as the English provincial
press words them, rankings of provinces, a running total after the month's figure, a base said
first, a headline's own figure or one run into the body, an amount spelt in billions and millions,
and the parts and other indicators a figure can belong to."""

import pytest
from support import assert_paragraph_rows, eval_article

from flows.extract import extract_article


def extract_eval_article(source_id: str, province: str | None = None):
    text, meta = eval_article(source_id)
    return extract_article(text, meta["published_on"], meta["language"], province, meta["kind"])


# Paragraphs of real pages, each with the rows an analyst transcribes from it and, for a fall, the
# figure as printed (the loader reads it negative).
PARAGRAPHS = [
    pytest.param(
        # https://baobinhdinh.vn/business/2011/3/107646
        "Export turnover of Binh Dinh province in the first quarter of 2011 estimated to US$ 119.1 million, "
        "accounting for 25.9% of the planned annual turnover, decreasing 5.6% in comparison to the same period "
        "of last year.\n\nIn February 2011 only, the export turnover reached US$ 30.7 million, decline 30.7% in "
        "comparison to the same period of last year (US$ 44.3 million).",
        ("2011-03-31", "en", "52"),
        {
            ("export_value", "2011-Q1", "level", "=", "119.1", "US$ 119.1 million"),
            ("export_value", "2011-Q1", "plan_share_pct", "=", "25.9", "25.9%"),
            ("export_value", "2011-Q1", "growth_pct", "=", "-5.6", "decreasing 5.6%"),
            ("export_value", "2011-M02", "level", "=", "30.7", "US$ 30.7 million"),
            ("export_value", "2011-M02", "growth_pct", "=", "-30.7", "decline 30.7%"),
        },
        id="falls worded 'decreasing' and 'decline'; a share of the planned annual turnover",
    ),
    pytest.param(
        # https://baobinhdinh.vn/business/2009/3/73702
        "The province\u2019s export turnover was estimated to reach US$23.4 million in March, a reduction of 41.5 "
        "percent against the last year\u2019s corresponding period, Binh Dinh Department of Industry and Trade "
        "released.\nSome groups of products saw most export turnover value decreases, with a 21 percent fall in "
        "forest products, an 11 percent decline in agriculture, and 54 percent decrease in minerals and building "
        "materials.",
        ("2009-03", "en", "52"),
        {
            ("export_value", "2009-M03", "level", "=", "23.4", "US$23.4 million"),
            ("export_value", "2009-M03", "growth_pct", "=", "-41.5", "a reduction of 41.5 percent"),
        },
        id="'a reduction of'; a fall in forest products is theirs",
    ),
    pytest.param(
        # https://canglong.travinh.gov.vn/1433/38342/71837/688784/economy/may-socio-economic-development-in-tra-vinh-province-shows-positive-progress
        "Industrial production witnessed a recovery, with the industrial production index doubling compared to "
        "the previous month. The estimated industrial production value exceeded 3,900 billion VND, and the "
        "cumulative value in the first five months amounted to over 13,600 billion VND, achieving 40.3% of the "
        "plan and a 2.8% year-on-year increase.",
        ("2023-05", "en", "84"),
        {
            ("industrial_output_value", "2023-M05", "level", ">=", "3900", "3,900 billion VND"),
            ("industrial_output_value", "2023-YTD05", "level", ">=", "13600", "13,600 billion VND"),
            ("industrial_output_value", "2023-YTD05", "plan_share_pct", "=", "40.3", "40.3%"),
            ("industrial_output_value", "2023-YTD05", "growth_pct", "=", "2.8", "2.8%"),
        },
        id="the figure before a running total is the month's; a year-on-year increase after the figure",
    ),
    pytest.param(
        # http://www.baobinhthuan.com.vn/en/news_TA/three-major-commodity-groups%E2%80%99-export-turnover-surged-in-october-132526.html
        "BTO - Statistics showed that Binh Thuan's export turnover in October was estimated at USD37.8 million, "
        "increasing by 9.44 percent over the previous month but a little bit decrease of more than 15 percent "
        "compared to the same period last year.\n\nAs of the beginning of 2020, the province's export turnover is "
        "estimated at USD 371.96 million.",
        ("2020-11-03", "en", "60"),
        {
            ("export_value", "2020-M10", "level", "=", "37.8", "USD37.8 million"),
            ("export_value", "2020-M10", "growth_prev_period_pct", "=", "9.44", "9.44 percent"),
            ("export_value", "2020-M10", "growth_pct", "<=", "-15", ""),  # "decrease of more than" is not read
            ("export_value", "2020-YTD10", "level", "=", "371.96", "USD 371.96 million"),
        },
        id="as of the beginning of the year: the months up to the one named",
    ),
    pytest.param(
        # http://haiduongnews.com/economy/nine-month-export-turnover-estimated-to-fall-by-13-147674 (the
        # headline and the first sentence: the body's restatement of the headline left out)
        "Nine-month export turnover estimated to fall by 1.3%\n\nExport turnover in September is estimated at "
        "USD660 million, up 3.6% year on year, according to the Statistics Office of Hai Duong province.",
        ("2020-09-23", "en", "30"),
        {
            ("export_value", "2020-M09", "level", "=", "660", "USD660 million"),
            ("export_value", "2020-M09", "growth_pct", "=", "3.6", "3.6%"),
            ("export_value", "2020-YTD09", "growth_pct", "=", "-1.3", "fall by 1.3%"),
        },
        id="a headline's own figure",
    ),
    pytest.param(
        # https://baobariavungtau.com.vn/kinh-te/202309/kim-ngach-xuat-nhap-khau-giam-nhe-989437/
        "Tin từ Sở Công thương cho biết, tính từ đầu năm đến nay, kim ngạch xuất khẩu toàn tỉnh đạt hơn 5 tỷ USD, "
        "giảm 7,81% so với cùng kỳ; trong đó, kim ngạch xuất khẩu trừ dầu thô 8 tháng đạt hơn 3,52 tỷ USD, giảm "
        "1,96% so với cùng kỳ.",
        ("2023-09", "vi", "77"),
        {
            ("export_value", "2023-YTD08", "level", ">=", "5", "5 tỷ USD"),
            ("export_value", "2023-YTD08", "growth_pct", "=", "-7.81", "giảm 7,81%"),
        },
        id="since the beginning of the year, in a report on eight months",
    ),
    pytest.param(
        # https://vioit.org.vn/vn/quy-hoach/dia-phuong/tinh-hinh-phat-trien--nganh-cong-thuong-2-thang-dau-nam-2024--tren-dia-ban-tinh-ba-ria---vung-tau-5802.4102.html
        "Theo báo cáo của Cục Thống kê tỉnh Bà Rịa - Vũng Tàu, chỉ số công nghiệp (IIP) toàn ngành công nghiệp bao "
        "gồm dầu khí tháng 02 giảm 11,7% so với tháng trước, giảm 13,33% so với cùng kỳ năm trước. IIP trừ dầu khí "
        "tháng 02 giảm 7,28% so với cùng kỳ năm trước; lũy kế 02 tháng đầu năm tăng 16,11%.",
        ("2024-03-21", "vi", "77"),
        {
            ("industrial_production_index", "2024-M02", "growth_prev_period_pct", "=", "-11.7", "giảm 11,7%"),
            ("industrial_production_index", "2024-M02", "growth_pct", "=", "-13.33", "giảm 13,33%"),
        },
        id="the index 'trừ dầu khí' leaves oil and gas out: not the whole province's",
    ),
    pytest.param(
        # https://vioit.org.vn/vn/quy-hoach/dia-phuong/tinh-hinh-phat-trien--nganh-cong-thuong-2-thang-dau-nam-2024--tren-dia-ban-tinh-ba-ria---vung-tau-5802.4102.html
        "Lũy kế 02 tháng đầu năm 2024, IIP công nghiệp bao gồm dầu khí tăng 0,24%, trong đó: Ngành khai khoáng "
        "giảm 11,02%; chế biến, chế tạo tăng 12,67%.",
        ("2024-03-21", "vi", "77"),
        {("industrial_production_index", "2024-YTD02", "growth_pct", "=", "0.24", "0,24%")},
        id="the index 'bao gồm dầu khí' is the whole, oil and gas included, not a breakdown",
    ),
    pytest.param(
        # https://baoninhthuan.com.vn/news/105605p25c44/nganh-cong-nghiep-huong-toi-tang-truong-ben-vung.htm
        "Kết quả trên góp phần đưa tổng giá trị sản xuất ngành CN trong quý I ước đạt trên 1.603 tỷ đồng, tăng 3,86% "
        "so với cùng kỳ. Trong đó, CN khai khoáng đạt 63,7 tỷ đồng, tăng 5,5%; CN chế biến, chế tạo đạt trên 1.421 tỷ "
        "đồng, tăng 2,94%.",
        ("2019", "vi", "58"),
        {
            ("industrial_output_value", "2019-Q1", "level", ">=", "1603", "1.603 tỷ đồng"),
            ("industrial_output_value", "2019-Q1", "growth_pct", "=", "3.86", "3,86%"),
        },
        id="'tổng giá trị sản xuất ngành CN' is industry's production value, not all sectors'",
    ),
    pytest.param(
        # http://cuuchienbinh.vn/soc-trang-cong-nghiep-phat-trien-nhanh-ben-vung-10-05-2012/amp
        "Giai đoạn 2006 - 2011, ngành công nghiệp Sóc Trăng vẫn duy trì tăng trưởng khá và ổn định, với giá trị sản "
        "xuất công nghiệp năm sau luôn cao hơn năm trước. Nếu như năm 2006 chỉ đạt trên 4.712 tỉ đồng thì đến cuối "
        "năm 2011 đạt trên 7.791 tỉ đồng và tăng hơn 15 lần so với năm 1992.",
        ("2012-05-10", "vi", "94"),
        {
            ("industrial_output_value", "2006", "level", ">=", "4712", "4.712 tỉ đồng"),
            ("industrial_output_value", "2011", "level", ">=", "7791", "7.791 tỉ đồng"),
        },
        id="'Nếu như … chỉ đạt …' is no breakdown: it goes on about the indicator the sentence before named",
    ),
    pytest.param(
        # https://news.baohaiduong.vn/print/344178.html
        "Hai Duong\u2019s industrial production index up 9.9%\nBusiness - PublishedTime : 07:58, 03/06/2023\n"
        "Hai Duong\u2019s industrial production index in May rose by 3.1% month on month and 7.3% year on year, "
        "according to the provincial Statistics Office.\nThe province\u2019s index in the first five months of 2023 "
        "increased by 9.9% compared to the same period last year.",
        ("2023-06-03", "en", "30"),
        {
            ("industrial_production_index", "2023-M05", "growth_prev_period_pct", "=", "3.1", "3.1%"),
            ("industrial_production_index", "2023-M05", "growth_pct", "=", "7.3", "7.3%"),
            ("industrial_production_index", "2023-YTD05", "growth_pct", "=", "9.9", "9.9%"),
        },
        id="the province's index, in a report on the IIP; the headline restates the body",
    ),
    pytest.param(
        # https://www.einpresswire.com/article/709769015/b-c-giang-maintains-lead-in-q1-economic-growth-nationwide
        "The province's Index of Industrial Production (IIP) in March 2024 increased by 20.6 per cent compared to "
        "February and rose by 16.7 per cent compared to March 2023. In the first three months, this index increased "
        "by 23.89 per cent over the same period last year, driven by production expansion of a number of large "
        "enterprises in the province.",
        ("2024-05-08", "en", "24"),
        {
            ("industrial_production_index", "2024-M03", "growth_prev_period_pct", "=", "20.6", "20.6 per cent"),
            ("industrial_production_index", "2024-M03", "growth_pct", "=", "16.7", "16.7 per cent"),
            ("industrial_production_index", "2024-YTD03", "growth_pct", "=", "23.89", "23.89 per cent"),
        },
        id="'this index', after the IIP is named, is the IIP",
    ),
    pytest.param(
        # https://thelatestnews.world/kien-giang-aims-to-improve-the-value-of-industrial-production-by-8
        "The industrial production value of Kiên Giang province was more than VNĐ44.6 billion last year, reaching "
        "105.3% of the plan, 13.7% more than in 2021.",
        ("2023", "en", "91"),
        {
            ("industrial_output_value", "2022", "level", ">=", "44.6", "VNĐ44.6 billion"),
            ("industrial_output_value", "2022", "plan_attainment_pct", "=", "105.3", "105.3%"),
            ("industrial_output_value", "2022", "growth_pct", "=", "13.7", "13.7%"),
        },
        id="'13.7% more than in 2021' is a growth on the year before",
    ),
    pytest.param(
        # https://dantri.com.vn/kinh-doanh/nhieu-chi-tieu-kinh-te-cua-lang-son-tang-truong-2-chu-so-20231222163712767.htm
        "Theo Cục Thống kê tỉnh Lạng Sơn, hoạt động thương mại dịch vụ tháng 11 của tỉnh diễn ra khá sôi động, "
        "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 28,85% so với cùng kỳ năm trước.\n\n"
        "So với tháng trước, doanh thu tổng mức bán lẻ hàng hóa tháng 11 tăng 4,6%.",
        ("2023-12-22", "vi", "20"),
        {
            ("retail_sales_services", "2023-M11", "growth_pct", "=", "28.85", "28,85%"),
            ("retail_sales_services", "2023-M11", "growth_prev_period_pct", "=", "4.6", "4,6%"),
        },
        id="the base said first: 'So với tháng trước, …'",
    ),
    pytest.param(
        # http://login.truyenhinhthanhhoa.vn/kinh-te/202005/thanh-hoa-san-xuat-cong-nghiep-co-buoc-tang-truong-dot-pha-8281208/
        "Chỉ tiêu giá trị sản xuất công nghiệp giai đoạn 2015-2020 tăng trưởng bình quân ước đạt trên 21%/năm, "
        "đạt kế hoạch đề ra. Giá trị sản xuất công nghiệp năm 2020 ước đạt 151.300 tỷ đồng, gấp 2,6 lần năm 2015.",
        ("2020-05-22", "vi", "38"),
        {
            ("industrial_output_value", "2015/2020", "average_growth_pct", ">=", "21", "21%/năm"),
            ("industrial_output_value", "2020", "level", "=", "151300", "151.300 tỷ đồng"),
        },
        id="'chỉ tiêu' naming an indicator said with 'ước' states no plan",
    ),
    pytest.param(
        # http://slyers.com/lang-son-thuong-mai-noi-dia-dat-muc-tieu-tang-truong-97-nam-2022-170405.html
        "Thống kê cho thấy, tổng mức giá trị bán lẻ hàng hoá và dịch vụ tiêu dùng tại Lạng Sơn trong năm 2021 "
        "ước đạt 20.955 tỷ đồng, tăng trưởng 3,5% so với năm 2020.",
        ("2022", "vi", "20"),
        {
            ("retail_sales_services", "2021", "level", "=", "20955", "20.955 tỷ đồng"),
            ("retail_sales_services", "2021", "growth_pct", "=", "3.5", "3,5%"),
        },
        id="retail named with 'tổng mức giá trị bán lẻ'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/quang-nam-enjoys-high-economic-indicators/62140.vnp
        "The central province of Quang Nam\u2019s Gross Regional Domestic Product (GRDP) increased 11 percent in the "
        "first half of 2014 while other indicators remained stable.\n\n"
        "The province\u2019s industrial production value recorded more than 23 trillion VND (1.08 billion USD) and "
        "agro-forestry and fisheries production surged by 5 percent against 2013 to 5.84 trillion VND (274.36 "
        "million USD).",
        ("2014-07", "en", "49"),
        {("industrial_output_value", "2014-H1", "level", ">=", "23", "23 trillion VND")},
        id="farm production is another indicator",
    ),
    pytest.param(
        # https://vinanet.vn/xuat-nhap-khau/2-thang-dau-nam-2008-xuat-khau-hang-nong-san-thuy-san-cua-thua-thien-hue-tang-23-lan-485028.html
        "Trong 2 tháng đầu năm 2008, các nhóm mặt hàng nông sản, thuỷ sản tham gia xuất khẩu ở tỉnh Thừa Thiên "
        "Huế đạt 1,6 triệu USD, tăng 2,3 lần so với cùng kỳ năm 2007.\n\nTính chung trong 2 tháng đầu năm, tổng "
        "kim ngạch xuất khẩu toàn tỉnh đạt 17,7 triệu USD, tăng 44,9% so với cùng kỳ năm 2007.",
        ("2008-03", "vi", "46"),
        {
            ("export_value", "2008-YTD02", "level", "=", "17.7", "17,7 triệu USD"),
            ("export_value", "2008-YTD02", "growth_pct", "=", "44.9", "44,9%"),
        },
        id="a group of products taking part in exports is a part",
    ),
    pytest.param(
        # https://baotintuc.vn/doanh-nghiep-doanh-nhan/nganh-cong-thuong-thanh-hoa-gop-phan-phat-trien-kinh-te-xa-hoi-20161228222937268.htm
        "Lĩnh vực sản xuất công nghiệp tiếp tục duy trì tốc độ tăng trưởng khá, năm 2016 ước đạt 9,1% cao hơn chỉ "
        "số sản xuất công nghiệp cả nước (IIP cả nước 7,5%), nhóm sản phẩm công nghiệp chủ yếu gồm có 25 sản phẩm "
        "đều tăng trưởng so với cùng kỳ. Nhóm các sản phẩm tiểu thủ công nghiệp và sản phẩm công nghiệp khác ước "
        "đạt 12.498 tỷ đồng, tăng 2,2% kế hoạch.\nToàn ngành đã đạt kết quả khá toàn diện trên cả 3 chỉ tiêu: Giá "
        "trị sản xuất công nghiệp đạt 63.589,7 tỷ đồng, bằng 101,8% kế hoạch, tăng 9,9% so cùng kỳ; xuất khẩu ước "
        "đạt 1.737 triệu USD bằng 107,2% kế hoạch, tăng 12,1% so cùng kỳ; Tổng mức lưu chuyển hàng hóa bán lẻ và "
        "doanh thu dịch vụ ước đạt 71.485 tỷ đồng, bằng 103,6% kế hoạch và tăng 16% so cùng kỳ.",
        ("2016-12", "vi", "38"),
        {
            ("industrial_output_value", "2016", "level", "=", "63589.7", "63.589,7 tỷ đồng"),
            ("industrial_output_value", "2016", "plan_attainment_pct", "=", "101.8", "101,8%"),
            ("industrial_output_value", "2016", "growth_pct", "=", "9.9", "9,9%"),
            ("export_value", "2016", "level", "=", "1737", "1.737 triệu USD"),
            ("export_value", "2016", "plan_attainment_pct", "=", "107.2", "107,2%"),
            ("export_value", "2016", "growth_pct", "=", "12.1", "12,1%"),
            ("retail_sales_services", "2016", "level", "=", "71485", "71.485 tỷ đồng"),
            ("retail_sales_services", "2016", "plan_attainment_pct", "=", "103.6", "103,6%"),
            ("retail_sales_services", "2016", "growth_pct", "=", "16", "16%"),
        },
        id="the country's index set beside the province's is an aside; 'cả 3 chỉ tiêu:' lists indicators",
    ),
    pytest.param(
        # https://congthuong.vn/so-cong-thuong-thanh-hoa-trien-khai-nhiem-vu-nam-2025-368785.html
        "Theo số liệu của Sở Công Thương Thanh Hóa; hoạt động sản xuất công nghiệp trong năm 2024 tiếp tục tăng "
        "trưởng tích cực ở mức cao, là động lực chính đóng góp cho tăng trưởng GRDP và thu ngân sách tỉnh.\n"
        "Bên cạnh đó, một số dự án sản xuất công nghiệp quy mô lớn đi vào hoạt động bù đắp cho các sản phẩm giảm "
        "và các sản phẩm tăng trưởng thấp, nên tính chung các thống kê về công nghiệp vẫn đạt cao, cụ thể: Chỉ số "
        "sản xuất công nghiệp (IIP) ước đạt 19,25%; giá trị gia tăng công nghiệp tăng 20,09% so với cùng kỳ",
        ("2025-01-09", "vi", "38"),
        {("industrial_production_index", "2024", "growth_pct", "=", "19.25", "19,25%")},
        id="a colon a later clause opens does not scope the products named before it; 'giá trị gia tăng' is value added",
    ),
    pytest.param(
        # https://baodanang.vn/english/business/201407/industry-maintains-steady-growth-2346406
        "According to the Da Nang Department of Industry and Trade, the city\u2019s industrial sector has maintained "
        "steady growth over the past 6 months. The local industrial production value has risen by 12.2% "
        "year-on-year to hit around 19 billion VND. Of "
        "special note, the total export turnover of the 29 March Textiles and Garments Company hit 20.7 million "
        "USD, an increase of 40.4% year-on-year, and the highest ever recorded by the company.",
        ("2014-07", "en", "48"),
        {
            ("industrial_output_value", "2014-H1", "growth_pct", "=", "12.2", "12.2%"),
            ("industrial_output_value", "2014-H1", "level", "~", "19", "19 billion VND"),
        },
        id="one company's exports are a part",
    ),
    pytest.param(
        # https://baodongnai.com.vn/english/business/201904/dong-nai-enjoys-trade-surplus-in-q1-2940070
        "Dong Nai enjoyed a trade surplus of 690 million USD in the first quarter of 2019, said the provincial "
        "Department of Industry and Trade.\n"
        "The province raked in 4.58 billion USD from exports in the period, a rise of 7.05 percent year-on-year. "
        "In March alone, the figure stood at 1.76 billion USD, surging 70.82 percent against the previous month.\n"
        "The growth is attributable to the stabilised production of local firms after the traditional Lunar New "
        "Year (Tet) holidays, as well as advantages from export markets and free trade agreements.\n"
        "Major items recording high export growth in March included rubber (47.94 percent); footwear (20.58 "
        "percent); machinery, devices, and spare parts (19.12 percent); wooden products (10.95 percent); and "
        "garment-textile (8.75 percent).\n"
        "In the month, the province\u2019s exports to Japan increased 21 percent, followed by its exports to the "
        "US (18.39 percent) and China (11.3 percent).",
        ("2019-04", "en", "75"),
        {
            ("export_value", "2019-Q1", "level", "=", "4.58", "4.58 billion USD"),
            ("export_value", "2019-Q1", "growth_pct", "=", "7.05", "7.05 percent"),
            ("export_value", "2019-M03", "level", "=", "1.76", "1.76 billion USD"),
            ("export_value", "2019-M03", "growth_prev_period_pct", "=", "70.82", "70.82 percent"),
        },
        id="items a sentence says exports 'included', and markets by name, are parts",
    ),
    pytest.param(
        # https://investinquangninh.vn/en/news/import-and-export-activities-gradually-recovered.html
        "In the first 6 months of this year, the import-export turnover of enterprises in the province reached "
        "1,179 million USD, equal to 100% of the 6-month growth scenario, up 0.76% over the same period in 2021. "
        "In which, export turnover Export of enterprises in the province was estimated at 1,268 million USD, up "
        "8.4% over the same period.",
        ("2022", "en", "22"),
        {
            ("export_value", "2022-H1", "level", "=", "1268", "1,268 million USD"),
            ("export_value", "2022-H1", "growth_pct", "=", "8.4", "8.4%"),
        },
        id="'enterprises in the province' are all of them, not a part",
    ),
    pytest.param(
        # https://investinquangninh.vn/en/news/service-industry-welcomes-new-growth-momentum.html
        "In the first 5 months of this year, the volume of passengers transported was estimated at 58.3 million "
        "passengers, an increase of 16.1% over the same period in 2021. Along with that, the export turnover of "
        "enterprises in the area is estimated to reach over 1 billion USD, equaling 88.3% of the 6-month growth "
        "scenario, up 8.4% compared to the same period in 2021.",
        ("2022", "en", "22"),
        {
            ("export_value", "2022-YTD05", "level", ">=", "1", "1 billion USD"),
            ("export_value", "2022-YTD05", "growth_pct", "=", "8.4", "8.4%"),
        },
        id="'enterprises in the area' are all the province's, not a part",
    ),
    pytest.param(
        # https://m.sggp.org.vn/day-manh-san-xuat-kinh-doanh-voi-tinh-than-dong-thuan-sang-tao-769850.html
        "Với những kết quả đạt được, ngành công thương tỉnh phấn đấu năm 2022 thực hiện giá trị sản xuất công "
        "nghiệp, tiểu thủ công nghiệp đạt 36.000 tỷ đồng, tăng 20% so với ước thực hiện của năm 2021. Đồng thời "
        "phấn đấu thực hiện mức tổng bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 56.000 tỷ đồng, tăng "
        "20,6% so với năm trước.",
        ("2022", "vi", "83"),
        {
            ("industrial_output_value", "2022", "level", "=", "36000", "36.000 tỷ đồng"),
            ("industrial_output_value", "2022", "growth_pct", "=", "20", "20%"),
            ("retail_sales_services", "2022", "level", "=", "56000", "56.000 tỷ đồng"),
            ("retail_sales_services", "2022", "growth_pct", "=", "20.6", "20,6%"),
        },
        id="'mức tổng bán lẻ hàng hóa và doanh thu dịch vụ', no 'mức' after 'tổng'",
    ),
    pytest.param(
        # http://baolamdong.vn/kinhte/202006/doanh-thu-dich-vu-an-uong-lu-hanh-giam-3677-3009941/
        "Thông tin từ Sở Công thương tỉnh Lâm Đồng cho biết, 6 tháng đầu năm, tổng mức bán lẻ hàng hóa và doanh "
        "thu dịch vụ ước đạt 28.765 tỷ đồng, giảm 1,07% so cùng kỳ năm trước, đạt 43,11% so kế hoạch năm 2020. "
        "Trong đó, tổng mức bán lẻ hàng hóa ước đạt 20.917 tỷ đồng, tăng 6,86% so cùng kỳ, doanh thu dịch vụ ước "
        "đạt 4.246 tỷ đồng, tăng 11,62% cùng kỳ năm 2019.",
        ("2020-06", "vi", "68"),
        {
            ("retail_sales_services", "2020-H1", "level", "=", "28765", "28.765 tỷ đồng"),
            ("retail_sales_services", "2020-H1", "growth_pct", "=", "-1.07", "giảm 1,07%"),
            ("retail_sales_services", "2020-H1", "plan_share_pct", "=", "43.11", "43,11%"),
        },
        id="'Trong đó, tổng mức bán lẻ hàng hóa' after the total is its goods alone",
    ),
    pytest.param(
        # https://thoibaotaichinhvietnam.vn/soc-trang-ban-le-hang-hoa-va-dich-vu-tieu-dung-uoc-dat-16275-ty-dong-2-thang-dau-nam-146156.html
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội tháng 2/2024 ước 8.038 tỷ đồng (trong đó, "
        "bán lẻ hàng hóa ước 5.093 tỷ đồng), giảm 2,41% so với tháng trước (trong đó, bán lẻ hàng hóa giảm 1,05%) "
        "và tăng 10,81% so với tháng 2/2023 (trong đó, bán lẻ hàng hóa tăng 11,39%).",
        ("2024", "vi", "94"),
        {
            ("retail_sales_services", "2024-M02", "level", "=", "8038", "8.038 tỷ đồng"),
            ("retail_sales_services", "2024-M02", "growth_prev_period_pct", "=", "-2.41", "giảm 2,41%"),
            ("retail_sales_services", "2024-M02", "growth_pct", "=", "10.81", "10,81%"),
        },
        id="'(trong đó, bán lẻ hàng hóa …)' in brackets after each figure of the total is its goods alone",
    ),
    pytest.param(
        # http://thaibinhtv.vn/tin-tuc/21/20714/gia-tri-san-xuat-cong-nghiep-cua-tinh-uoc-dat-tren-26-800-ty-dong
        "Tính đến hết tháng 10/2014, giá tri sản xuất công nghiệp tỉnh Thái Bình ước đạt trên 26.800 tỷ đồng "
        "(tăng 9,51% so với cùng kỳ năm 2013) .",
        ("2014-11-01", "vi", "34"),
        {
            ("industrial_output_value", "2014-YTD10", "level", ">=", "26800", "26.800 tỷ đồng"),
            ("industrial_output_value", "2014-YTD10", "growth_pct", "=", "9.51", "9,51%"),
        },
        id="'giá tri sản xuất công nghiệp', the tone mark of 'trị' dropped, is the production value",
    ),
    pytest.param(
        # http://baohanam.com.vn/kinh-te/cong-nghiep/nganh-cong-thuong-tong-ket-nhiem-vu-nam-2017-6363.html
        "Cụ thể, giá trị sản xuất công nghiệp toàn tỉnh ước cả năm đạt 78.613,9 tỷ đồng, tăng 14,28% so với năm "
        "2016, bằng 100,3% kế hoạch năm; Tổng mức hàng hoá bán lẻ và doanh thu dịch vụ ước đạt 19.123 tỷ đồng, "
        "tăng 15,9% so với năm 2016, bằng 100,12% năm;",
        ("2017", "vi", "35"),
        {
            ("industrial_output_value", "2017", "level", "=", "78613.9", "78.613,9 tỷ đồng"),
            ("industrial_output_value", "2017", "growth_pct", "=", "14.28", "14,28%"),
            ("industrial_output_value", "2017", "plan_attainment_pct", "=", "100.3", "100,3%"),
            ("retail_sales_services", "2017", "level", "=", "19123", "19.123 tỷ đồng"),
            ("retail_sales_services", "2017", "growth_pct", "=", "15.9", "15,9%"),
            ("retail_sales_services", "2017", "plan_attainment_pct", "=", "100.12", "100,12%"),
        },
        id="retail named with 'tổng mức hàng hoá bán lẻ'",
    ),
    pytest.param(
        # http://vinanet.vn/cong-thuong/quy-i2017-cong-nghiep-thai-binh-tang-kha-so-voi-cung-ky-666404.html
        "Tổng mức lưu chuyển hàng hóa và dịch vụ 3 tháng ước đạt 8.002 tỷ đồng, tăng 8,1% so với cùng kỳ năm 2016 "
        "tỷ đồng, đạt 22,65% kế hoạch năm 2017.",
        ("2017", "vi", "34"),
        {
            ("retail_sales_services", "2017-YTD03", "level", "=", "8002", "8.002 tỷ đồng"),
            ("retail_sales_services", "2017-YTD03", "growth_pct", "=", "8.1", "8,1%"),
            ("retail_sales_services", "2017-YTD03", "plan_share_pct", "=", "22.65", "22,65%"),
        },
        id="retail named with 'tổng mức lưu chuyển hàng hóa và dịch vụ'",
    ),
    pytest.param(
        # http://arit.gov.vn/tin-tuc/thai-binh-tinh-hinh-hoat-dong-cong-nghiep-va-thuong-mai-6-thang-dau-nam-47f74240_1609
        "Về thương mại dịch vụ, tổng mức lưu chuyển hàng hoá bán lẻ: 6 tháng đầu năm 2011 ươớc đạt 8.212,7 tỷ "
        "đồng, tăng 23,6% so cùng kỳ năm 2010, đạt 48,31% so kế họach 2011.",
        ("2011", "vi", "34"),
        {
            ("retail_sales_services", "2011-H1", "level", "=", "8212.7", "8.212,7 tỷ đồng"),
            ("retail_sales_services", "2011-H1", "growth_pct", "=", "23.6", "23,6%"),
            ("retail_sales_services", "2011-H1", "plan_share_pct", "=", "48.31", "48,31%"),
        },
        id="retail named with 'tổng mức lưu chuyển hàng hoá bán lẻ' alone",
    ),
    pytest.param(
        # https://amp.tapchicongthuong.vn/bai-viet/bac-giang-gia-tri-san-xuat-cong-nghiep-giu-da-tang-truong-84767.htm
        "Trong đó, giá trị sản xuất công nghiệp 10 tháng của tỉnh Bắc Giang ước đạt 244. 820 tỷ đồng, tăng 14,7% so "
        "với cùng kỳ, bằng 71,9% kế hoạch, trong đó, khu vực doanh nghiệp nhà nước 5.550 tỷ đồng, tăng 2,4% đạt 63,8%;",
        ("2021", "vi", "24"),
        {
            ("industrial_output_value", "2021-YTD10", "level", "=", "244820", ""),
            ("industrial_output_value", "2021-YTD10", "growth_pct", "=", "14.7", "14,7%"),
            ("industrial_output_value", "2021-YTD10", "plan_share_pct", "=", "71.9", "71,9%"),
        },
        id="a thousands point with a stray space after it is one amount",
    ),
    pytest.param(
        # https://vhdn.vn/nganh-cong-thuong-bac-lieuthuc-day-phat-trien-san-xuat-cong-nghiep-dam-bao-muc-tieu-tang-truong
        "giá trị sản xuất công nghiệp toàn tỉnh năm 2016 đạt 12.329 tỷ đồng (năm 2011 là 4.359 tỷ đồng), tốc độ "
        "tăng trưởng bình quân (giai đoạn 2011 \u2013 2015) là 16%/năm; tổng mức bán lẻ hàng hóa và doanh thu dịch "
        "vụ tiêu dùng xã hội năm 2016 đạt 44.950 tỉ đồng, tốc độ tăng trưởng bình quân hàng năm (giai đoạn 2011 "
        "\u2013 2015) là 20%;",
        ("2016", "vi", "95"),
        {
            ("industrial_output_value", "2016", "level", "=", "12329", "12.329 tỷ đồng"),
            ("industrial_output_value", "2011/2015", "average_growth_pct", "=", "16", "16%/năm"),
            ("retail_sales_services", "2016", "level", "=", "44950", "44.950 tỉ đồng"),
            ("retail_sales_services", "2011/2015", "average_growth_pct", "=", "20", "20%"),
        },
        id="a span alone in brackets is the average's; an earlier year's level in brackets is a base",
    ),
    pytest.param(
        # http://arit.gov.vn/tin-tuc/ha-nam-gia-tri-san-xuat-cong-nghiep-9-thang-dau-nam-2011-dat-hon-7-ngan-ty-dong-022f858f_1772
        "Trong đó khu vực công nghiệp Trung ương giá trị sản xuất công nghiệp 9 tháng đầu năm 2011 ước đạt 1.469,5 "
        "tỷ đồng, tăng 19,6% so với 9 tháng cùng kỳ năm 2010; khu vực công nghiệp địa phương 9 tháng đầu năm 2011 "
        "giá trị sản xuất công nghiệp ước đạt 8.292,4 tỷ đồng, tăng 23,2% so với 9 tháng cùng kỳ năm 2010.\n"
        "Song song với việc đầu tư, nhưng lĩnh vực thương mại tính chung 9 tháng đầu năm 2011 tổng mức bán lẻ hàng "
        "hoá và doanh thu dịch vụ ước đạt 6.315 tỷ đồng, tăng 19,9% so với 9 tháng cùng kỳ và hoàn thành 75,1% kế "
        "hoạch năm.",
        ("2011", "vi", "35"),
        {
            ("retail_sales_services", "2011-YTD09", "level", "=", "6315", "6.315 tỷ đồng"),
            ("retail_sales_services", "2011-YTD09", "growth_pct", "=", "19.9", "19,9%"),
            ("retail_sales_services", "2011-YTD09", "plan_share_pct", "=", "75.1", "75,1%"),
        },
        id="a sector named before a period and then the indicator",
    ),
    pytest.param(
        # https://mekongasean.vn/tinh-binh-phuoc-ghi-nhan-thang-thu-9-lien-tiep-xuat-sieu-2155.html
        "Theo UBND tỉnh Bình Phước, kim ngạch xuất nhập khẩu 9 tháng đầu năm của tỉnh ước đạt 5,12 tỷ USD. Trong "
        "đó, xuất khẩu đạt 3,14 tỷ USD, tăng 9,53% so với cùng kỳ năm 2021, nhập khẩu đạt 1,98 tỷ USD, tăng "
        "4,08%.\n"
        "Với kết quả trên, Bình Phước tiếp tục ghi nhận xuất siêu trong tháng 9. Tính chung 9 tháng đầu năm 2022, "
        "Bình Phước xuất siêu 1,16 tỷ USD.\n"
        "So với kế hoạch năm đề ra, 9 tháng đầu năm, Bình Phước đã hoàn thành 81,6% về xuất khẩu và 81,75% về "
        "nhập khẩu.",
        ("2022", "vi", "70"),
        {
            ("export_value", "2022-YTD09", "level", "=", "3.14", "3,14 tỷ USD"),
            ("export_value", "2022-YTD09", "growth_pct", "=", "9.53", "9,53%"),
            ("export_value", "2022-YTD09", "plan_share_pct", "=", "81.6", "81,6%"),
        },
        id="the indicator said after the percentage ('về xuất khẩu') and the year's plan said first",
    ),
    pytest.param(
        # https://tintucnhatrang.com/kinh-te/thang-8-tong-muc-ban-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-hon-4-727-ty-dong-1508.html
        "Theo báo cáo của Cục Thống kê tỉnh Khánh Hòa, tổng mức bán hàng hóa và doanh thu dịch vụ tiêu dùng trên "
        "địa bàn tỉnh trong tháng 8 được hơn 4.727 tỷ đồng, giảm 23,61% với so tháng trước. Trong đó, tổng mức bán "
        "lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt hơn 2.125 tỷ đồng, giảm 26,94%.",
        ("2021-09-13", "vi", "56"),
        {
            ("retail_sales_services", "2021-M08", "level", ">=", "2125", "2.125 tỷ đồng"),
            ("retail_sales_services", "2021-M08", "growth_prev_period_pct", "=", "-26.94", "giảm 26,94%"),
        },
        id="a part opening the sentence after the whole's growth on the month before is on it too",
    ),
    pytest.param(
        # https://vnexpress.net/gia-lai-dat-muc-tieu-tang-toc-phat-trien-kinh-te-xa-hoi-4936813.html
        "Theo báo cáo, tháng 8, sản xuất nông, lâm, thủy sản trên địa bàn tỉnh tiếp tục duy trì ổn định.\n\n"
        "Chỉ số sản xuất công nghiệp tăng 6,8% so với cùng kỳ, lũy kế 8 tháng tăng 9%. Doanh thu bán lẻ hàng hóa, "
        "dịch vụ tiêu dùng ước đạt 18.200 tỷ đồng, tăng 23,3%; 8 tháng đạt 132.000 tỷ đồng, tăng 12%.",
        ("2025-09", "vi", "52"),
        {
            ("industrial_production_index", "2025-M08", "growth_pct", "=", "6.8", "6,8%"),
            ("industrial_production_index", "2025-YTD08", "growth_pct", "=", "9", "9%"),
            ("retail_sales_services", "2025-M08", "level", "=", "18200", "18.200 tỷ đồng"),
            ("retail_sales_services", "2025-M08", "growth_pct", "=", "23.3", "23,3%"),
            ("retail_sales_services", "2025-YTD08", "level", "=", "132000", "132.000 tỷ đồng"),
            ("retail_sales_services", "2025-YTD08", "growth_pct", "=", "12", "12%"),
        },
        id="'doanh thu bán lẻ hàng hóa, dịch vụ tiêu dùng', the goods and services joined by a comma, is the total",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/tradeservices-help-can-tho-fuel-economic-growth/83161.vnp
        "According to the municipal Department of Industry and Trade, the total retail sale and service revenue "
        "between 2011 and 2015 was estimated at over 316.3 trillion VND (14.2 billion USD), including 80.9 trillion "
        "VND (3.64 billion USD) in 2015, ranking third nationwide after Ho Chi Minh City and Hanoi.",
        ("2015", "en", "92"),
        {("retail_sales_services", "2015", "level", "=", "80.9", "80.9 trillion VND")},
        id="'including' an amount 'in 2015' after a span's total is that year's, not a part's",
    ),
    pytest.param(
        # https://vneconomy.vn/doanh-thu-ban-le-tp-ho-chi-minh-tang-14-2-so-voi-cung-ky.htm
        "Theo đó, riêng trong tháng 3, tổng doanh thu bán lẻ và dịch vụ tiêu dùng đạt 109.988 tỉ đồng, tăng 10,3% "
        "so với tháng trước và tăng 17,5% so với cùng kỳ năm 2024.",
        ("2025-04", "vi", "79"),
        {
            ("retail_sales_services", "2025-M03", "level", "=", "109988", "109.988 tỉ đồng"),
            ("retail_sales_services", "2025-M03", "growth_prev_period_pct", "=", "10.3", "10,3%"),
            ("retail_sales_services", "2025-M03", "growth_pct", "=", "17.5", "17,5%"),
        },
        id="'doanh thu bán lẻ và dịch vụ tiêu dùng', the goods left unsaid, is the total",
    ),
]


@pytest.mark.parametrize(("text", "publication", "expected"), PARAGRAPHS)
def test_real_paragraphs_of_each_class_give_the_rows_an_analyst_transcribes(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]
):
    assert_paragraph_rows(text, publication, expected)


def test_a_ranking_of_provinces_percentages_is_their_growth():
    # "Regarding the scale of industrial production over one third of the year, Thai Nguyen, Quang Nam and Can
    # Tho topped the list with 42.7%, 32.8% and 24% respectively, followed by Hai Phong (14.6%), …, Ba Ria -
    # Vung Tau (5%) and Vinh Phuc (4.6%).", after the GSO's national index
    result = extract_eval_article("baodongnai-en-2016-04-iip-four-months-localities")

    assert {(r.indicator_code, r.period, r.measure) for r in result.rows} == {
        ("industrial_production_index", "2016-YTD04", "growth_pct")
    }
    values = {r.province_code: r.value for r in result.rows}
    assert values == {
        "19": "42.7", "49": "32.8", "92": "24", "31": "14.6", "27": "14.5", "48": "10.5", "30": "9.1",
        "01": "8.8", "75": "8.3", "74": "7.3", "79": "6.2", "77": "5", "26": "4.6",
    }  # fmt: skip  # "Ba Ria - Vung Tau", printed with a spaced en dash, is 77


def test_a_list_of_provinces_is_of_the_indicator_named_last_even_another_one():
    # "Tourism revenue surged 65.9 per cent year-on-year to around VNĐ14.5 trillion. Localities seeing a sharp
    # increase in revenue include Đà Nẵng (174 per cent), Hà Nội (106.9 per cent), …": tourism's, not retail's
    result = extract_eval_article("einpresswire-vns-2023-07-retail-h1-national")

    assert result.rows == []
    reasons = {(s.printed, s.reason) for s in result.skipped}
    assert ("174 per cent", "another indicator: a component of retail (services)") in reasons


def test_a_province_named_right_after_its_figure_takes_it():
    # "Đáng chú ý, với 76,44 tỷ USD, Bắc Ninh đã vươn lên dẫn đầu cả nước về xuất khẩu hàng hóa trong 10 tháng
    # năm 2025, chính thức vượt TPHCM."
    result = extract_eval_article("vietnamnet-2025-11-xuat-khau-10-thang-bac-ninh-dan-dau")

    rows = {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows}
    assert ("24", "export_value", "2025-YTD10", "level", "76.44") in rows
    assert "79" not in {code for code, *_ in rows if _[-1] == "76.44"}  # not TPHCM's, named after it


def test_totals_of_several_places_changes_and_the_level_changed_from():
    # https://vietnamnet.vn/en/business/11-localities-top-1-billion-usd-in-exports-in-q1-636742.html
    text = (
        "Eleven provinces and cities had exports of more than 1 billion USD in the first quarter and accounted for "
        "78 percent of the nation\u2019s entire exports.\n\n"
        "Bac Giang, Bac Ninh, Binh Duong, Dong Nai, Hai Duong, Long An, Tay Ninh, and Thai Nguyen provinces and "
        "Hai Phong, Hanoi and Ho Chi Minh City accounted for exports of 49.35 billion USD between them.\n\nHai Phong and Bac Ninh reported impressive increases, the former\u2019s by nearly 1.05 billion "
        "USD to 3.92 billion USD, the second highest after HCM City.\n\nHanoi\u2019s exports fell from 3.35 billion "
        "USD to 3.15 billion USD./."
    )

    result = extract_article(text, "2020-04-26", "en")

    own = {
        ("31", "2020-Q1", "=", "3.92"),  # the former's: Hai Phong's, not Bac Ninh's
        ("01", "2020-Q1", "=", "3.15"),
    }
    bound = {(code, "2020-Q1", ">=", "1") for code in ("24", "27", "74", "75", "30", "80", "72", "19", "79")}
    assert {(r.province_code, r.period, r.comparator, r.value) for r in result.rows} == own | bound
    reasons = {(s.printed, s.reason) for s in result.skipped}
    assert ("49.35 billion USD", "a total of several places") in reasons
    assert ("1.05 billion USD", "a change in amount ('tăng 100 triệu USD'), not a level") in reasons
    assert ("3.35 billion USD", "the level it changed from ('from 3.35 billion USD to 3.15 billion USD')") in reasons


def test_exports_with_foreign_currency_income_are_another_indicator():
    # https://vneconomy.vn/kinh-te-can-tho-nam-2025-khong-dat-muc-tieu-de-ra.htm
    text = (
        "Chỉ số sản xuất công nghiệp toàn ngành (IIP) năm 2025 ước tăng 10,43% so với năm 2024. Lĩnh vực thương "
        "mại và dịch vụ tăng trưởng tốt với tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt gần "
        "351.000 tỷ đồng, tăng 16,78%. Giá trị xuất khẩu hàng hóa và doanh thu ngoại tệ đạt 5 tỷ 508 triệu USD, "
        "tăng 10,8%."
    )

    result = extract_article(text, "2026-01-10", "vi", "92")

    assert {r.indicator_code for r in result.rows} == {"industrial_production_index", "retail_sales_services"}
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["10,8%"] == "another indicator: exports of goods and services together"


def test_the_production_value_of_industry_and_construction_together_is_another_indicator():
    # https://vneconomy.vn/grdp-tinh-quang-tri-tang-gan-7.htm
    text = (
        "Trong 9 tháng qua, giá trị sản xuất nông, lâm nghiệp và thuỷ sản của Quảng Trị tăng 3,04% so với cùng kỳ "
        "năm trước. Giá trị sản xuất công nghiệp, xây dựng tăng 10,0% so với cùng kỳ năm trước, trong đó, giá trị "
        "sản xuất công nghiệp tăng 8,0% so với cùng kỳ năm trước."
    )

    result = extract_article(text, "2024-10", "vi", "45")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2024-YTD09", "growth_pct", "8.0")
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["10,0%"] == "another indicator: industry and construction together"


def test_an_average_growth_whose_sentence_names_no_indicator_is_not_proposed():
    # http://arit.gov.vn/tin-tuc/cao-bang-khai-thac-tiem-nang-the-manh-phat-trien-cong-nghiep-dung-huong-0760a1ea_2292
    text = (
        "Giá trị sản xuất công nghiệp (giá so sánh năm 2010): Năm 2011 đạt 1.947,9 tỷ đồng; năm 2014 đạt 1.993 tỷ "
        "đồng; năm 2015 ước đạt 2.252 tỷ đồng. Tăng trưởng bình quân giai đoạn 2011 - 2015 ước đạt 0,44%; tốc độ "
        "tăng trưởng bình quân giá trị gia tăng công nghiệp mới đạt 6,87%/năm."
    )

    result = extract_article(text, "2015", "vi", "04")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2011", "level", "1947.9"), ("2014", "level", "1993"), ("2015", "level", "2252")
    }  # fmt: skip
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["0,44%"] == "an average growth whose sentence names no indicator"


def test_the_exports_of_a_sectors_enterprises_are_the_sectors():
    # http://baohungyen.vn/kinh-te/201712/hung-yen-kim-ngach-xuat-khau-khu-vuc-fdi-dat-tren-21-ty-usd-770125/
    text = (
        "Từ đầu năm đến nay, các doanh nghiệp của tỉnh thuộc khu vực vốn đầu tư nước ngoài FDI đã thực hiện xuất "
        "khẩu đạt giá trị kim ngạch trên 2,1 tỷ USD, tăng 17,03% so với cùng kỳ năm trước. Trong tháng 11, các "
        "doanh nghiệp trong khối đã thực hiện xuất khẩu đạt giá trị kim ngạch gần 200 triệu USD, tăng 7% so với "
        "cùng kỳ năm trước."
    )

    result = extract_article(text, "2017-12", "vi", "33")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["200 triệu USD"] == reasons["7%"] == "an economic sector, not the whole province"


def test_an_amount_spelt_in_billions_and_millions_is_one_figure():
    # https://vneconomy.vn/kinh-te-can-tho-nam-2025-khong-dat-muc-tieu-de-ra.htm
    text = "Giá trị xuất khẩu hàng hóa và doanh thu ngoại tệ đạt 5 tỷ 508 triệu USD, tăng 10,8%."

    result = extract_article(text, "2026-01-10", "vi", "92")

    assert result.rows == []
    assert [s.printed for s in result.skipped] == ["5 tỷ 508 triệu USD", "10,8%"]  # never "508 triệu USD"


def test_exports_with_the_revenue_of_services_are_another_indicator():
    # https://nhandan.vn/kien-nghi-phat-trien-logistic-hang-khong-post353090.html
    text = (
        "Tổng mức hàng hoá bán lẻ và doanh thu dịch vụ tăng 14,7%, tổng kim ngạch xuất khẩu hàng hoá và doanh thu "
        "dịch vụ tăng 13,14%. Kim ngạch xuất khẩu và doanh thu dịch vụ ngoại tệ phấn đấu đạt 2.200 triệu USD, tăng "
        "8,91% so với năm 2018."
    )

    result = extract_article(text, "2019", "vi", "92")

    assert not [r for r in result.rows if r.indicator_code == "export_value"]
    reasons = {s.printed: s.reason for s in result.skipped}
    together = "another indicator: exports of goods and services together"
    assert reasons["13,14%"] == reasons["2.200 triệu USD"] == reasons["8,91%"] == together


def test_the_local_goods_exports_stand_instead_of_the_exports_the_province_s_customs_cleared():
    # https://danviet.vn/xuat-nhap-khau-dip-tet-tai-cac-cua-khau-o-lang-son-lam-het-viec-chu-khong-lam-het-gio-20240206214110782.htm
    text = (
        "Trong năm 2023, 7 cửa khẩu trên địa bàn tỉnh Lạng Sơn duy trì thông quan thông suốt. Trong đó, kim ngạch "
        "xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan Lạng Sơn đạt 4.975 triệu USD, đạt 130,9% kế "
        "hoạch, tăng 62,6% so với cùng kỳ, xuất khẩu 2.750 triệu USD, đạt 211,5% kế hoạch, tăng 168,8%, nhập khẩu "
        "đạt 2.225 triệu USD, đạt 89% kế hoạch, tăng 9,2% so với cùng kỳ. Xuất khẩu hàng hóa địa phương đạt 156 "
        "triệu USD, đạt 101,3% kế hoạch, tăng 9,9% (mặt hàng chủ yếu là thạch đen, hoa hồi, nhựa thông, ván bóc,...)."
    )

    result = extract_article(text, "2024-02", "vi", "20")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2023", "level", "156"),
        ("2023", "plan_attainment_pct", "101.3"),
        ("2023", "growth_pct", "9.9"),
    }


def test_tourist_arrivals_are_another_quantity_not_the_indicator_said_before():
    # http://kitra.com.vn/index.php?option=com_k2&view=itemlist&layout=category&task=category&id=4&Itemid=161&lang=vi&limitstart=20
    text = (
        "Theo Cục Thống kê Kiên Giang, tính chung 2 tháng đầu năm kim ngạch xuất khẩu ước tính 85,35 triệu USD, đạt "
        "16,41% kế hoạch năm, tăng 64,91% so cùng kỳ năm trước.\n"
        "Theo Cục Thống kê Kiên Giang, tổng lượt khách du lịch trên địa bàn tỉnh tháng một ước tính đạt 425,406 ngàn "
        "lượt khách, tăng 2,68% so tháng trước và tăng 9,42% so cùng kỳ năm 2017."
    )

    result = extract_article(text, "2018", "vi", "91")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2018-YTD02", "level", "85.35"),
        ("2018-YTD02", "plan_share_pct", "16.41"),
        ("2018-YTD02", "growth_pct", "64.91"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["2,68%"] == reasons["9,42%"] == "another indicator: tourist arrivals"


def test_a_plan_exceeded_is_of_the_indicator_named_right_after_the_plan_word():
    # https://yenbai21.com/tang-cuong-ho-tro-doanh-nghiep-xuat-khau
    text = "YBĐT \u2013 Năm 2010, Yên Bái hoàn thành vượt mức chỉ tiêu kim ngạch xuất khẩu."

    result = extract_article(text, "2011", "vi", "15")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("export_value", "2010", "plan_excess_pct", ">=", "0"),
    }


def test_millions_shortened_tr_are_read_in_millions():
    # http://congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-thang-5-nam-2019-4968.phtml
    text = (
        "Tháng 5/2019, nhịp độ sản xuất công nghiệp được đẩy mạnh, mức tiêu thụ sản phẩm công nghiệp tăng. Giá trị "
        "sản xuất công nghiệp (giá so sánh 2010) ước đạt 55.679 tỷ đồng, tăng 13,2% so với tháng trước, tăng 9,5% so "
        "với cùng kỳ; Giá trị xuất khẩu ước đạt 2.435,2 Tr.USD, giảm 2% so với tháng trước, tăng 21,5% so với cùng kỳ;"
    )

    result = extract_article(text, "2019", "vi", "19")

    exports = [r for r in result.rows if r.indicator_code == "export_value"]
    assert {(r.period, r.measure, r.value, r.unit, r.value_as_published) for r in exports} == {
        ("2019-M05", "level", "2435.2", "usd_mn", ""),
        ("2019-M05", "growth_prev_period_pct", "-2", "pct", "giảm 2%"),
        ("2019-M05", "growth_pct", "21.5", "pct", "21,5%"),
    }


def test_an_amount_in_dong_spelt_in_billions_and_millions_is_read_in_billions():
    # https://baotayninh.vn/8-thang-nam-2011-gia-tri-san-xuat-cong-nghiep-tang-26--a10028.html
    text = (
        "Theo Sở Công thương, trong tháng 8, giá trị sản xuất công nghiệp ước đạt 743 tỷ 860 triệu đồng; tăng "
        "4,64% so tháng trước."
    )

    result = extract_article(text, "2011-08-28", "vi", "72")

    assert {(r.period, r.measure, r.value, r.unit, r.value_as_published) for r in result.rows} == {
        ("2011-M08", "level", "743.860", "vnd_bn", ""),
        ("2011-M08", "growth_prev_period_pct", "4.64", "pct", "4,64%"),
    }


def test_a_headline_above_a_time_stamp_line_is_not_run_into_the_lead():
    # http://kyanh.hatinh.gov.vn/kyanh/portal/read/tin-trong-nuoc/news/ha-tinh-kim-ngach-xuat-khau-8-thang-uoc-dat-hon-152-trieu-usd.html/20170908085417
    text = (
        "Hà Tĩnh: Kim ngạch xuất khẩu 8 tháng ước đạt hơn 152 triệu USD\n\n08:54 08/09/2017\n"
        "8 tháng năm 2017, kim ngạch hàng hóa xuất khẩu Hà Tĩnh ước đạt 152,03 triệu USD, tăng 80,18% so với cùng "
        "kỳ 2016, trong đó, tháng 8 đạt 17,91 triệu USD (tăng 47,53% so với cùng kỳ)."
    )

    result = extract_article(text, "2017-09-08", "vi", "42")

    assert {(r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("2017-YTD08", "level", "=", "152.03"),
        ("2017-YTD08", "growth_pct", "=", "80.18"),
        ("2017-M08", "level", "=", "17.91"),
        ("2017-M08", "growth_pct", "=", "47.53"),
    }


def test_a_headline_run_into_the_body_on_one_line_is_read_as_a_headline():
    # https://baonghean.vn/9-thang-nam-2024-kim-ngach-xuat-khau-hang-hoa-cua-nghe-an-tang-32-10281516.html
    text = (
        "Kinh tế 9 tháng năm 2024, kim ngạch xuất khẩu hàng hoá của Nghệ An tăng 32% Tổng kim ngạch xuất khẩu hàng "
        "hóa 9 tháng trên địa bàn tỉnh Nghệ An ước đạt 2,326 tỷ USD, tăng 32,01% so với cùng kỳ năm 2023, đạt "
        "84,58% kế hoạch năm 2024."
    )

    result = extract_article(text, "2024", "vi", "40")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2024-YTD09", "level", "2.326"), ("2024-YTD09", "growth_pct", "32.01"), ("2024-YTD09", "plan_share_pct", "84.58")
    }  # fmt: skip
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["32%"] == "a headline or a caption: the body gives its figures"


def test_a_caption_ending_with_the_picture_s_credit_unbracketed_is_read_as_a_caption():
    # https://baogialai.com.vn/channel/1624/202112/kim-ngach-xuat-khau-cua-dak-nong-uoc-dat-1-ti-usd-5760412/
    text = (
        "Năm 2021, tình hình dịch bệnh COVID-19 diễn biến phức tạp, thế nhưng, kim ngạch xuất khẩu của tỉnh Đắk Nông "
        "vẫn có bước tăng trưởng.\n\n"
        "Năm 2021, tỉnh Đắk Nông thu về khoảng 170 triệu USD từ việc xuất khẩu cà phê (tăng 11,4%) so với cùng kỳ "
        "năm 2020. Ảnh: Ngô Minh Phương\n\n"
        "Năm 2021, trong bối cảnh chịu nhiều ảnh hưởng bởi dịch bệnh COVID-19, thế nhưng, kim ngạch xuất khẩu của "
        "tỉnh Đắk Nông trong năm ước đạt khoảng 1 tỉ USD, tăng 8,7% so với năm 2020. Cụ thể, một số mặt hàng xuất "
        "khẩu tăng chủ yếu như: Tiêu đen ước đạt 164 triệu USD (tăng gần 3.000 lần); cà phê ước đạt 170 triệu USD "
        "(tăng 11,4%)."
    )

    result = extract_article(text, "2021-12", "vi", "67")

    assert {(r.period, r.measure, r.comparator, r.value, r.unit) for r in result.rows} == {
        ("2021", "level", "~", "1", "usd_bn"), ("2021", "growth_pct", "=", "8.7", "pct")
    }  # fmt: skip
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["170 triệu USD"] == "a headline or a caption: the body gives its figures"


def test_a_ministry_named_as_a_plan_s_author_does_not_make_the_province_s_figures_national():
    # https://www.vioit.org/en/strategy-policy/quang-nam-industry-and-trade-sector-deploys-tasks-in-2021-4371.4144.html
    text = (
        "Faced with that situation, the Department of Industry and Trade actively developed a specific plan to "
        "implement the action plan of the Ministry of Industry and Trade and the Provincial People's Committee to "
        "implement the Government's resolutions, promptly advise and propose many solutions and policies such as: "
        "Improve the investment environment, mobilize all resources for economic development; promote administrative "
        "reform, bring into play the internal resources and efficiency of the state management apparatus... along "
        "with the efforts of the business community to maintain and promote the development of industrial production "
        "and trade in the province. Specifically:\n"
        "Regarding industrial production: Industrial production value (2010 constant price) in 2020 is estimated at "
        "73,278 billion VND, down 10.2% compared to 2019, which is expected to reduce most of the mining, processing "
        "and manufacturing industries, electricity production and distribution, water supply, waste and wastewater "
        "treatment and management. The processing and manufacturing industry is still the main industry. However, in "
        "the province, there are still a number of industrial products with an increase in production index compared "
        "to the same period last year: Fish fillets of dried, salted or brine but not smoked increased by 16.26%, "
        "reaching 46.2 tons; aqua feed increased by 18.93%, reaching 12.5 thousand tons."
    )

    result = extract_article(text, "2020", "en", "49")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2020", "level", "73278"),
        ("industrial_output_value", "2020", "growth_pct", "-10.2"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["16.26%"] == reasons["18.93%"] == "products or groups, not the whole province"


def test_the_provinces_exports_after_its_products_and_but_and_a_five_year_plan_exceeded():
    # http://plo.vn/kinh-te/kim-ngach-xuat-khau-ve-dich-truoc-2-nam-254194.html
    text = (
        "Năm 2008, tuy gặp bất lợi về đầu ra đối với 2 mặt hàng xuất khẩu chủ lực: Cá tra và gạo, nhưng kim ngạch "
        "xuất khẩu tỉnh An Giang vẫn đạt 751 triệu USD, cao nhất từ trước đến nay, tăng 101 triệu USD so với kế "
        "hoạch và tăng 205 triệu USD so năm 2007, vượt chỉ tiêu kế hoạch 5 năm 2006-2010, về đích trước 2 năm (kế "
        "hoạch phấn đấu đạt kim ngạch xuất khẩu 700 triệu USD năm 2010)."
    )

    result = extract_article(text, "2017-03", "vi", "89")

    assert {(r.period, r.measure, r.status, r.value, r.unit) for r in result.rows} == {
        ("2008", "level", "actual", "751", "usd_mn"),
        ("2010", "level", "target", "700", "usd_mn"),
    }  # the five-year plan exceeded is not 2008's plan
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["vượt chỉ tiêu kế hoạch"] == "a plan of several years exceeded, not the period's"


def test_an_amount_a_month_on_average_is_not_the_period_s_and_a_currency_said_once_holds_for_the_next_amount():
    # https://en.vietnamplus.vn/binh-duong-posts-over-9-billion-usd-in-trade-surplus-in-2022/246318.vnp
    text = (
        "Exports were heavily affected, with export value dropping significantly from a monthly 3.3 \u2013 3.4 billion "
        "USD in the first six months to 2.9 billion USD in July and further to 2.5 billion in November."
    )

    result = extract_article(text, "2022-12-29", "en", "74")

    assert {(r.period, r.measure, r.value, r.unit, r.value_as_published) for r in result.rows} == {
        ("2022-M07", "level", "2.9", "usd_bn", "2.9 billion USD"),
        ("2022-M11", "level", "2.5", "usd_bn", ""),  # the loader reads no amount without its currency
    }
    assert {s.printed: s.reason for s in result.skipped}["3.4 billion USD"] == (
        "an amount a month on average, not the period's"
    )


def test_local_export_goods_beside_the_trade_through_a_border_province_are_its_exports():
    # http://langson.gov.vn/bm/print/84720
    text = (
        "Chỉ số sản xuất công nghiệp năm 2019 ước tăng 10,46%, tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt "
        "4.750 triệu USD, đạt 90,8% kế hoạch, hàng xuất khẩu địa phương ước đạt 137,5 triệu USD, đạt 100% kế "
        "hoạch."
    )

    result = extract_article(text, "2019", "vi", "20")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "2019", "growth_pct", "10.46"),
        ("export_value", "2019", "level", "137.5"),
        ("export_value", "2019", "plan_attainment_pct", "100"),
    }


def test_the_city_a_province_is_named_after_is_one_of_its_districts():
    # https://vinanet.vn/nguyen-lieu/ket-qua-thuc-hien-ke-hoach-phat-trien-cong-nghiep-cua-tinh-hai-duong-nam-2008-509691.html
    text = (
        "- Công nghiệp địa phương ước thực hiện 3.988,3 tỷ đồng, so với năm trước tăng 15,9%, thực hiện 98,7% kế "
        "hoạch cả năm .Trong đó một số huyện, thành phố có giá trị sản xuất công nghiệp đạt tốc độ tăng trưởng cao "
        "như: TP Hải Dương 30%, huyện Tứ kỳ 33,2%, huyện Kim Thành 31,7%; huyện Gia Lộc 30,5%; huyện Cẩm Giàng "
        "21,2%; huyện Kinh Môn tăng 20,0%, một số huyện có tốc độ tăng trên 10% như Bình Giang tăng 18,5%; Thanh Hà "
        "16,3%; Chí Linh 15%; Nam sách 13,8%; Ninh Giang 12,9%, riêng huyện Thanh Miện có tốc độ tăng chậm 7,9%."
    )

    result = extract_article(text, "2008", "vi", "30")

    assert result.rows == []
    assert {s.printed: s.reason for s in result.skipped}["30%"] == "districts, not the whole province"


def test_a_city_that_is_itself_a_province_keeps_its_figure():
    text = "Chỉ số sản xuất công nghiệp của thành phố Cần Thơ năm 2023 tăng 5,1% so với năm trước."

    result = extract_article(text, "2024-01", "vi", "92")

    assert {(r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("industrial_production_index", "2023", "5.1"),
    }


def test_retail_named_as_the_turnover_of_goods_and_service_revenue_on_the_market_is_the_province_s():
    # https://kontumtv.vn/video-clip/thoi-su/tong-san-pham-trong-tinh-quy-i-nam-2014-tang-tren-11-so-voi-cung-ky
    # "Tổng mức lưu chuyển hàng hóa và doanh thu dịch vụ trên thị trường ước đạt trên 2.400 tỷ đồng, tăng hơn 21,6% so
    # với cùng kỳ và đạt 29,6% so với kế hoạch." in a report on the first quarter
    text, meta = eval_article("kontumtv-2014-q1-kinh-te-xa-hoi")

    result = extract_article(text, meta["published_on"], meta["language"], meta["province"])

    assert {
        (r.period, r.measure, r.comparator, r.value) for r in result.rows if r.indicator_code == "retail_sales_services"
    } == {
        ("2014-Q1", "level", ">=", "2400"),
        ("2014-Q1", "growth_pct", ">=", "21.6"),
        ("2014-Q1", "plan_share_pct", "=", "29.6"),
    }


def test_a_growth_whose_base_the_end_of_the_text_cuts_off_is_not_proposed():
    # https://phapluat.tuoitrethudo.com.vn/yen-bai-gia-tri-xuat-khau-hang-hoa-tang-hon-43-trong-9-thang-nam-2021-62691.html
    text = "Giá trị sản xuất công nghiệp 9 tháng năm 2021 ước đạt 13.860 tỷ đồng tăng 12,04% so với"

    result = extract_article(text, "2021", "vi", "15")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {("2021-YTD09", "level", "13860")}
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["12,04%"] == "a growth whose base the end of the text cuts off"


def test_a_growth_whose_base_is_cut_off_mid_word_is_not_proposed():
    # https://travinh.gov.vn/Default.aspx?sid=1433&pageid=38342&catid=71837&id=686949&catname=economy&title=summary-of-the-socio-economic-situation-in-april
    text = (
        "The province's socio-economic situation in April showed more positive changes than the previous month and "
        "the same period. The industrial production index decreased by 30.86% compared to the previous month, and the value of "
        "industrial production was estimated at 2,191.19 billion VND, down 10.54% compared to the previou"
    )

    result = extract_article(text, "2023-04", "en", "84")

    assert {(r.indicator_code, r.measure, r.value) for r in result.rows} == {
        ("industrial_production_index", "growth_prev_period_pct", "-30.86"),
        ("industrial_output_value", "level", "2191.19"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["10.54%"] == "a growth whose base the end of the text cuts off"


def test_a_headline_s_figure_of_one_indicator_stays_beside_the_body_s_of_another():
    # http://mwld.net/tin-tuc/thi-truong-nuoc-ngoai/binh-thuan-gia-tri-san-xuat-cong-nghiep-thang-5-2012-uoc-dat.html
    text = (
        "Bình Thuận: Giá trị sản xuất công nghiệp tháng 5/2012 ước đạt 524,8 tỷ đồng\n"
        "Kim ngạch xuất khẩu hàng hóa tháng 5/2012 ước thực hiện 18,78 triệu USD, tăng 7,44% so tháng trước."
    )

    result = extract_article(text, "2012", "vi", "60")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2012-M05", "level", "524.8"),
        ("export_value", "2012-M05", "level", "18.78"),
        ("export_value", "2012-M05", "growth_prev_period_pct", "7.44"),
    }


def test_the_total_of_all_export_goods_is_the_exports_not_a_product():
    # https://baolongan.vn/9-thang-nam-2015-chi-so-phat-trien-cong-nghiep-tang-12-56--a7273.html
    text = (
        "Tổng giá trị các mặt hàng xuất khẩu trong 9 tháng khoảng 2.590 triệu USD, đạt 70% KH và tăng 9,2% so với "
        "cùng kỳ năm trước. Trong đó, doanh nghiệp trong nước xuất khẩu đạt 905 triệu USD; doanh nghiệp có vốn đầu "
        "tư nước ngoài là 1.685 triệu USD, đạt 76,6% KH, tăng 8%.\n\n"
        "Các mặt hàng xuất khẩu chủ yếu trong tỉnh gồm: Hàng may mặc 572,9 triệu USD đạt 78,5% KH và tăng 24%."
    )

    result = extract_article(text, "2015-09-23", "vi", "80")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("export_value", "2015-YTD09", "level", "~", "2590"),
        ("export_value", "2015-YTD09", "plan_share_pct", "=", "70"),
        ("export_value", "2015-YTD09", "growth_pct", "=", "9.2"),
    }


def test_services_listed_in_the_retail_total_s_own_name_are_not_a_component():
    # http://khuyencongonline.gov.vn/tin-tuc/nhiem-vu-phat-trien-cong-thuong-6-thang-cuoi-nam-2022-tay-ninh-c1b04016_1113/
    # "Tổng mức bán lẻ và doanh thu hàng hóa dịch vụ, lưu trú, ăn uống và du lịch lữ hành, ước đạt 47.238,2 tỷ
    # đồng, tăng 11,2% so với cùng kỳ. Trong đó, bán lẻ hàng hóa trong 6 tháng đầu năm tăng 10,75% …" in a report
    # on the first half of 2022
    result = extract_eval_article("khuyencongonline-2022-tay-ninh-6-thang", "72")

    assert {(r.period, r.measure, r.value) for r in result.rows if r.indicator_code == "retail_sales_services"} == {
        ("2022-H1", "level", "47238.2"),
        ("2022-H1", "growth_pct", "11.2"),
    }


def test_a_caption_credited_as_an_illustration_is_read_as_a_caption():
    # https://fatz.vn/tp-ho-chi-minh-va-bac-ninh-ghi-nhan-kim-ngach-xuat-khau-hang-hoa-vuot-moc-20-ty-usd-sau-7-thang
    # "Kim ngạch xuất khẩu hàng hóa của TP Hồ Chí Minh và Bắc Ninh vượt mốc 20 tỷ USD sau 7 tháng. Ảnh minh họa:
    # TTXVN" between paragraphs of the body
    result = extract_eval_article("fatz-2023-xuat-khau-7-thang-cac-dia-phuong")

    assert {(r.province_code, r.period, r.value) for r in result.rows} == {
        ("74", "2023-YTD07", "17.34"),
        ("79", "2022", "47.5"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["20 tỷ USD"] == "a headline or a caption: the body gives its figures"


def test_transport_revenue_is_another_indicator_not_the_one_listed_before_it():
    # https://congthuong.vn/tay-ninh-san-xuat-cong-nghiep-va-ban-le-hang-hoa-tiep-da-tang-truong-343397.html
    text = (
        "Cục Thống kê tỉnh Tây Ninh vừa có báo cáo về tình hình kinh tế - xã hội 8 tháng đầu năm trên địa bàn tỉnh. "
        "Theo đó, trong tháng 8, tỉnh Tây Ninh tiếp tục duy trì đà tăng trưởng tích cực so với cùng kỳ ở một số lĩnh "
        "vực. Trong đó, doanh thu bán lẻ hàng hoá (+11,12%); Chỉ số sản xuất công nghiệp (+13,43%); doanh thu dịch vụ "
        "vận tải tăng trưởng khá cao (+24,12%)."
    )

    result = extract_article(text, "2024", "vi", "72")

    assert not [r for r in result.rows if r.value == "24.12"]
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["24,12%"] == "another indicator: transport revenue"


def test_a_mark_said_as_what_a_good_sign_opens_the_way_to_is_a_prospect_not_a_figure():
    # https://kinhtedothi.vn/ca-mau-giu-da-tang-truong-xuat-khau-6-nam.html
    text = (
        "Theo Văn phòng UBND tỉnh Cà Mau, 8 tháng đầu năm 2024, kim ngạch xuất khẩu của tỉnh Cà Mau đạt 838,7 triệu "
        "USD, tăng 7,5% so với cùng kỳ. Đây là một tín hiệu khả quan để Cà Mau xuất khẩu vượt 1 tỷ USD trong năm "
        "2024."
    )

    result = extract_article(text, "2024", "vi", "96")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2024-YTD08", "level", "838.7"),
        ("2024-YTD08", "growth_pct", "7.5"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["1 tỷ USD"] == "a prospect a sign opens the way to, not a figure reached"


@pytest.mark.parametrize(
    ("text", "publication", "expected"),
    [
        pytest.param(
            # https://congthuong.vn/chi-so-phat-trien-cong-nghiep-6-thang-cua-da-nang-tang-781-105426.html&mobile=yes&amp=1
            "Kết thúc 6 tháng đầu năm 2018, chỉ số phát triển sản xuất công nghiệp trên địa bàn TP. Đà Nẵng ước tăng "
            "7,81%, thấp hơn so với kế hoạch đề ra (9%).",
            ("2018-07", "vi", "48"),
            {("2018-H1", "estimate", "7.81"), ("2018-H1", "target", "9")},
            id="'thấp hơn so với kế hoạch đề ra (9%)'",
        ),
        pytest.param(
            # http://soct.baria-vungtau.gov.vn/web/en/industry/-/ctbrvt/extAssetPublisher/content/87083/value-of-industrial-production-got-low-growth-in-2013.html
            "The Department of Industry and Trade told the news that in 2013, the value of industrial production of "
            "the province (including oil and gas) got the low growth rate, only 4.31% (planned at 5.26%).",
            ("2013", "en", "77"),
            {("2013", "estimate", "4.31"), ("2013", "target", "5.26")},
            id="'only 4.31% (planned at 5.26%)'",
        ),
        pytest.param(
            # https://congthuong.vn/tay-ninh-san-xuat-cong-nghiep-va-ban-le-hang-hoa-tiep-da-tang-truong-343397.html
            "Theo đó, chỉ số sản xuất công nghiệp trên địa bàn tỉnh tháng 8 tăng trưởng nhẹ so với tháng trước, lũy "
            "kế 8 tháng năm 2024 tăng 13,43% (kế hoạch +15%), chủ yếu nhờ đóng góp của một số ngành có bổ sung năng "
            "lực mới hoạt động và nhu cầu thị trường tăng ở một số ngành.",
            ("2024-09", "vi", "72"),
            {("2024-YTD08", "estimate", "13.43"), ("2024-YTD08", "target", "15")},
            id="'tăng 13,43% (kế hoạch +15%)'",
        ),
    ],
)
def test_a_plan_s_growth_in_brackets_after_the_plan_word_is_a_target(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, str, str]]
):
    published_on, language, province = publication

    result = extract_article(text, published_on, language, province)

    assert {(r.period, r.status, r.value) for r in result.rows if r.measure == "growth_pct"} == expected


@pytest.mark.parametrize(
    ("text", "publication", "expected"),
    [
        pytest.param(
            # https://qnitrade.gov.vn/cong-nghiep-dich-vu-lay-da-hoi-phuc
            "Theo đó, kim ngạch xuất khẩu hàng hoá trên địa bàn tính chung 3 tháng đầu năm ước đạt 441,285 triệu USD, "
            "đạt 16,48% năm và tăng 7,8% cùng kỳ năm 2011.",
            ("2012", "vi", "22"),
            ("2012-YTD03", "plan_share_pct", "16.48"),
            id="'đạt 16,48% năm' of a quarter",
        ),
        pytest.param(
            # http://baohanam.com.vn/kinh-te/cong-nghiep/nganh-cong-thuong-tong-ket-nhiem-vu-nam-2017-6363.html
            "Cụ thể, giá trị sản xuất công nghiệp toàn tỉnh ước cả năm đạt 78.613,9 tỷ đồng, tăng 14,28% so với năm "
            "2016, bằng 100,3% kế hoạch năm; Tổng mức hàng hoá bán lẻ và doanh thu dịch vụ ước đạt 19.123 tỷ đồng, "
            "tăng 15,9% so với năm 2016, bằng 100,12% năm; Tổng giá trị hàng hoá xuất khẩu: ước cả năm đạt 1.742 triệu "
            "USD, tăng 39,3% so với năm 2016, bằng 116,1% kế hoạch năm.",
            ("2017", "vi", "35"),
            ("2017", "plan_attainment_pct", "100.12"),
            id="'bằng 100,12% năm' of the year",
        ),
        pytest.param(
            # http://en.vietrade.gov.vn/index.php?option=com_content&view=article&id=1020:vinh-phuc-province-economic-development&catid=336:northern-vietnam-key-economic-region&Itemid=362
            "In the first semester of 2009, total industrial output value (by 1994 index) was 13,603.83 billion VND, "
            "making 35.16% of the whole year projection, yet declining 14.18% compared to the same period the "
            "previous year.",
            ("2011-11-25", "en", "26"),
            ("2009-H1", "plan_share_pct", "35.16"),
            id="'35.16% of the whole year projection'",
        ),
    ],
)
def test_a_share_of_the_year_with_its_plan_word_left_out_or_said_as_a_projection_is_of_the_plan(
    text: str, publication: tuple[str, str, str], expected: tuple[str, str, str]
):
    published_on, language, province = publication

    result = extract_article(text, published_on, language, province)

    assert expected in {(r.period, r.measure, r.value) for r in result.rows}
