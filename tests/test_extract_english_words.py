"""`flows extract` on the English provincial press's words for retail sales and services revenue,
for exports ("goods sold overseas"), for the year's plan ("of the full-year plan"), and for other
indicators written alike ("from overseas shipments", "industrial value", "soaring", "compared to the
plan")."""

import pytest
from support import assert_paragraph_rows

from flows.extract import extract_article

PARAGRAPHS = [
    pytest.param(
        # https://vccinews.com/news/48871/expectations-for-industry-and-trade-breakthroughs.html
        "In trade, the total retail revenue of consumer goods and services reached more than VND93 trillion in "
        "2022, equal to 102.8% of the full-year plan and up 8.3% year on year.",
        ("2023-02", "en", "66"),
        {
            ("retail_sales_services", "2022", "level", ">=", "93", "VND93 trillion"),
            ("retail_sales_services", "2022", "plan_attainment_pct", "=", "102.8", "102.8%"),
            ("retail_sales_services", "2022", "growth_pct", "=", "8.3", "8.3%"),
        },
        id="'total retail revenue of consumer goods and services'; 'of the full-year plan'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/can-tho-posts-threeyear-high-economic-growth/231733.vnp
        "The Mekong Delta city of Can Tho recorded an 8.04% growth in GDRP in the first six months of 2022, the "
        "highest for the recent three years, heard a recent review conference of the city\u2019s Party Committee.\n"
        "Total revenues from retails and services "
        "were estimated at 55.5 trillion VND (2.39 billion USD), an increase of 21.09%.",
        ("2022-06", "en", "92"),
        {
            ("retail_sales_services", "2022-H1", "level", "=", "55.5", "55.5 trillion VND"),
            ("retail_sales_services", "2022-H1", "growth_pct", "=", "21.09", "21.09%"),
        },
        id="'total revenues from retails and services'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/kien-giangs-twomonth-exports-exceed-151-million-usd/279860.vnp
        "This year, Kien Giang targets 920 million USD from goods sold overseas.",
        ("2024-02", "en", "91"),
        {("export_value", "2024", "level", "=", "920", "920 million USD")},
        id="'from goods sold overseas' is exports",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/bac-ninh-takes-lead-in-industrial-production-value/194053.vnp
        "The province is the second-largest exporter in Vietnam, with over 38.9 billion USD worth of goods shipped "
        "abroad in 2020, up 14.3 percent against 2019.",
        ("2020-12", "en", "27"),
        {
            ("export_value", "2020", "level", ">=", "38.9", "38.9 billion USD"),
            ("export_value", "2020", "growth_pct", "=", "14.3", "14.3 percent"),
        },
        id="'worth of goods shipped abroad' is exports",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/tien-giangs-exports-grow-over-113-percent-in-h1/155357.vnp
        "\u2013 The Mekong Delta province of Tien Giang shipped overseas 1.5 billion USD worth of products in the "
        "first half of 2019, up over 11.3 percent against the same period last year.",
        ("2019-07-01", "en", "82"),
        {
            ("export_value", "2019-H1", "level", "=", "1.5", "1.5 billion USD"),
            ("export_value", "2019-H1", "growth_pct", ">=", "11.3", "11.3 percent"),
        },
        id="'shipped overseas' before the amount is exports",
    ),
    pytest.param(
        # https://vccinews.com/prode/43105/driving-force-for-economic-growth.html
        "Total retail sales of consumer goods and services in the 2016 - 2020 period will grow at an average rate "
        "of 12.9%/year.",
        ("2021-01-20", "en", "26"),
        {("retail_sales_services", "2016/2020", "average_growth_pct", "=", "12.9", "12.9%/year")},
        id="'will grow at an average rate of' is a growth",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/vinh-long-achieves-historic-1-bln-usd-export-milestone-post307555.vnp
        "Vinh Long (VNA) \u2013 The Mekong Delta province of Vinh Long has surpassed the 1 billion USD mark in export "
        "earnings for the first time, driven by a surge in industrial production this year, according to its "
        "Department of Industry and Trade.",
        ("2024", "en", "86"),
        {("export_value", "2024", "level", ">=", "1", "1 billion USD")},
        id="'surpassed the 1 billion USD mark in export earnings' is the exports' bound",
    ),
    pytest.param(
        # http://en.haiphong.gov.vn/news/trade-service-maintains-growth-momentum-674584
        "Despite the economic challenges that significantly impacted the industrial production index, the city\u2019s "
        "total retail sales of goods and services still exceeded expectations in 2023, surpassing 198 trillion VND, "
        "marking a notable increase of 13.34% compared to the same period.",
        ("2024-01", "en", "31"),
        {
            ("retail_sales_services", "2023", "level", ">=", "198", "198 trillion VND"),
            ("retail_sales_services", "2023", "growth_pct", "=", "13.34", "13.34%"),
        },
        id="'surpassing 198 trillion VND' is a bound",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/hanois-export-revenue-hits-15-billion-usd-in-11-months/164865.vnp
        "In November alone, the city earned 1.57 billion USD from exports, a month-on-month rise of 6 percent and "
        "rising 33 percent against the previous year./.",
        ("2019-12", "en", "01"),
        {
            ("export_value", "2019-M11", "level", "=", "1.57", "1.57 billion USD"),
            ("export_value", "2019-M11", "growth_prev_period_pct", "=", "6", "6 percent"),
            ("export_value", "2019-M11", "growth_pct", "=", "33", "33 percent"),
        },
        id="'a month-on-month rise of 6 percent' is a growth on the month before",
    ),
    pytest.param(
        # https://vccinews.com/news/32274/.html
        "Total retail revenue of goods and social services was estimated at VND18.06 trillion in 2014, up 13.1 "
        "percent over 2013.",
        ("2014-12", "en", "19"),
        {
            ("retail_sales_services", "2014", "level", "=", "18.06", "VND18.06 trillion"),
            ("retail_sales_services", "2014", "growth_pct", "=", "13.1", "13.1 percent"),
        },
        id="'retail revenue of goods and social services' is retail sales of goods and services",
    ),
    pytest.param(
        # https://www.vir.com.vn/bac-ninh-areas-industrial-production-soars-in-2010-1744.html
        "Northern Bac Ninh province saw 68.4 per cent on-year growth in industrial production value to reach more "
        "than VND23 trillion ($1.2 billion) in the first nine months of 2010.",
        ("2010-10-18", "en", "27"),
        {
            ("industrial_output_value", "2010-YTD09", "growth_pct", "=", "68.4", "68.4 per cent"),
            ("industrial_output_value", "2010-YTD09", "level", ">=", "23", "VND23 trillion"),
        },
        id="'68.4 per cent on-year growth in industrial production value' is its growth on a year earlier",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/kien-giangs-exports-fall-short-of-expectation/155778.vnp
        "The Mekong Delta province of Kien Giang earned over 275 million USD in export revenue in the first half of "
        "the year, lagging behind the set target, according to the provincial Department of Industry and "
        "Trade.Although the export value is 1.45 percent higher than the same time last year, it only accounted for "
        "40.4 percent of the yearly plan, said director of the department Ngo Cong Tuoc.",
        ("2019", "en", "91"),
        {
            ("export_value", "2019-H1", "level", ">=", "275", "275 million USD"),
            ("export_value", "2019-H1", "growth_pct", "=", "1.45", "1.45 percent"),
            ("export_value", "2019-H1", "plan_share_pct", "=", "40.4", "40.4 percent"),
        },
        id="'1.45 percent higher than the same time last year' is a growth on a year earlier",
    ),
    pytest.param(
        # https://thoibaotaichinhvietnam.vn/bac-ninh-sees-trade-surplus-exceeding-64-billion-usd-98007.html
        "With import and export values hitting nearly 39 billion USD and over 45 billion USD in 2021 respectively, "
        "the northern province of Bac Ninh posted a trade surplus of more than 6.4 billion USD, said the provincial "
        "statistics department at its meeting on December 28.",
        ("2021-12-29", "en", "27"),
        {("export_value", "2021", "level", ">=", "45", "45 billion USD")},
        id="'import and export values … respectively': the second figure is the exports'",
    ),
    pytest.param(
        # https://en.vietstock.vn/2024/01/hcm-city8217s-industrytrade-sector-sets-target-for-2024-974-535640.htm
        "The department targets 6.5 per cent growth of its index of industrial production (IIP), 11 per cent growth "
        "in retail sales of goods and services, and export turnover of businesses passing through the city's border "
        "gates to increase by 10 per cent.",
        ("2024-01", "en", "79"),
        {
            ("industrial_production_index", "2024", "growth_pct", "=", "6.5", "6.5 per cent"),
            ("retail_sales_services", "2024", "growth_pct", "=", "11", "11 per cent"),
        },
        id="exports 'passing through the city's border gates' are the trade its gates clear, not the province's",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/dong-nai-aims-to-enhance-exports/74920.vnp
        "For the first four months this year, foreign trade value of the province was estimated at more than 8.1 "
        "billion USD, of which 4.2 billion USD came from exports, up seven percent from the same period last year.",
        ("2015", "en", "75"),
        {
            ("export_value", "2015-YTD04", "level", "=", "4.2", "4.2 billion USD"),
            ("export_value", "2015-YTD04", "growth_pct", "=", "7", ""),
        },
        id="'of which 4.2 billion USD came from exports' is the exports' amount",
    ),
    pytest.param(
        # https://cucthongke.quangtri.gov.vn/dbase/file/Nien%20giam%202021/files/basic-html/page392.html
        "Gross retail sales of goods and consumer services in 2021 increased only 4.57% over the previous year; of "
        "which retail sales of goods reached 18,942.67 billion VND, a rise of 5.34% compared to that in 2020.",
        ("2021", "en", "45"),
        {("retail_sales_services", "2021", "growth_pct", "=", "4.57", "4.57%")},
        id="'retail sales of goods and consumer services' is retail sales and services revenue",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/hanois-retail-service-revenue-up-123-in-two-months/249164.vnp
        "In February alone, total retail revenue of consumer goods and services stood at 59.5 trillion VND, down "
        "5.5% from the previous month and up 16.8% over the same period last year.\n\n"
        "The city exported products worth nearly 1.25 million USD in the month, recording respective "
        "month-on-month and year-on-year increases of 18.3% and 17.2%.",
        ("2023-03", "en", "01"),
        {
            ("retail_sales_services", "2023-M02", "level", "=", "59.5", "59.5 trillion VND"),
            ("retail_sales_services", "2023-M02", "growth_prev_period_pct", "=", "-5.5", "down 5.5%"),
            ("retail_sales_services", "2023-M02", "growth_pct", "=", "16.8", "16.8%"),
            ("export_value", "2023-M02", "level", "~", "1.25", "1.25 million USD"),
            ("export_value", "2023-M02", "growth_prev_period_pct", "=", "18.3", "18.3%"),
            ("export_value", "2023-M02", "growth_pct", "=", "17.2", "17.2%"),
        },
        id="'exported products worth' is exports; 'respective month-on-month and year-on-year increases'",
    ),
    pytest.param(
        # https://nghean.gov.vn/new-events/in-2022-the-province-s-total-export-turnover-reaches-2-54-billion-usd-551271
        "Reported at the conference, leaders of the Department of Industry and Trade said that in 2022, the total "
        "export turnover in the province will reach 2.54 billion USD, up 4.56% over the previous year, exceeding "
        "8.03% of the year plan. In which, export turnover of goods reached 2.19 billion USD, up 3.6% and "
        "exceeding 9.44% of the plan.",
        ("2023-02", "en", "40"),
        {
            ("export_value", "2022", "level", "=", "2.54", "2.54 billion USD"),
            ("export_value", "2022", "growth_pct", "=", "4.56", "4.56%"),
            ("export_value", "2022", "plan_excess_pct", "=", "8.03", "8.03%"),
        },
        id="'exceeding 8.03% of the year plan' is the plan exceeded",
    ),
    pytest.param(
        # https://phuhung-jsc.com.vn/en/?p=1352
        "Industrial production value in 2020 exceeded 2.4% of the plan, reaching 37,050.8 billion VND, an increase "
        "of 12.5% compared to 2019.",
        ("2020", "en", "10"),
        {
            ("industrial_output_value", "2020", "plan_excess_pct", "=", "2.4", "2.4%"),
            ("industrial_output_value", "2020", "level", "=", "37050.8", "37,050.8 billion VND"),
            ("industrial_output_value", "2020", "growth_pct", "=", "12.5", "12.5%"),
        },
        id="'exceeded 2.4% of the plan' is the plan exceeded by 2.4%, not a bound",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/hanois-december-industrial-production-index-up-47-percent-post54136.vnp
        "The industrial production index of Hanoi for December sees an increase of 4.7 percent over last month\u2019s "
        "figure, municipal statistics show.\n"
        "This marks a 10.4 percent increase year-on-year and makes the index of the whole this year rise by 4.5 "
        "percent against last year\u2019s.",
        ("2013-12", "en", "01"),
        {
            ("industrial_production_index", "2013-M12", "growth_prev_period_pct", "=", "4.7", "4.7 percent"),
            ("industrial_production_index", "2013-M12", "growth_pct", "=", "10.4", "10.4 percent"),
            ("industrial_production_index", "2013", "growth_pct", "=", "4.5", "4.5 percent"),
        },
        id="'This marks a 10.4 percent increase year-on-year' is the figure before's",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/49316/optimistic-progress-in-tay-ninh-economic-picture-in-q1-2023.html
        "In the first quarter of 2023, the province's economy grew slowly. In industrial production, due to "
        "difficulties in input imports and narrowing product consumption market, the Industrial Production Index "
        "was estimated to dip 0.3% over the same period of last year.",
        ("2023-05-31", "en", "72"),
        {("industrial_production_index", "2023-Q1", "growth_pct", "=", "-0.3", "")},
        id="'estimated to dip 0.3%' is a fall, its printed form left blank",
    ),
    pytest.param(
        # https://en.sggp.org.vn/vinh-long-provinces-export-revenue-surpasses-us1-billion-in-2024-post114856.html
        "The Mekong Delta province of Vinh Long gained more than US$1 billion in export revenue in 2024, an increase "
        "of 32.4 percent compared to the same period in 2023.\n\n"
        "Over the past year, the locality achieved a total retail sale of goods and consumer service revenue of more "
        "than VND70,390 billion (US$2.7 billion), an increase of 13.53 percent compared to the same period.\n\n"
        "Especially, Vinh Long Province achieved an export value of US$1.006 billion, exceeding the plan by 29 "
        "percent and increasing by 32.4 percent compared to the same period.",
        ("2024", "en", "86"),
        {
            ("export_value", "2024", "level", ">=", "1", "US$1 billion"),
            ("export_value", "2024", "growth_pct", "=", "32.4", "32.4 percent"),
            ("retail_sales_services", "2024", "level", ">=", "70390", "VND70,390 billion"),
            ("retail_sales_services", "2024", "growth_pct", "=", "13.53", "13.53 percent"),
            ("export_value", "2024", "level", "=", "1.006", "US$1.006 billion"),
            ("export_value", "2024", "plan_excess_pct", "=", "29", "29 percent"),
        },
        id="'retail sale of goods and consumer service revenue'; a bound, then the amount; 'exceeding the plan by'",
    ),
    pytest.param(
        # https://vietnam.rssfeeds.pw/2015/03/quang-ngais-first-quarter-economy.html
        "As presented by Director of Department of Investment and Planning, the report shows that in the firs three "
        "month of the year, Quang Ngai\u2019s economy still remains increase remarkably, with high achieved results.\n\n"
        "Achieved data in the period\n\n"
        "The value of industrial production is estimated to be 6,6 trillion dong, a y-o-yincrease of 0.7%, "
        "fulfilling 29.9% of the year plan.\n\n"
        "The result of commerce and service is reported to achieve highly. Particularly, the total retail is released "
        "to be over 9.2 trillion dong, raising 11.13% compared with the figure in the same period previous year that "
        "completes 24.3% of the plan set forth for the year.",
        ("2015-03", "en", "51"),
        {
            ("industrial_output_value", "2015-YTD03", "level", "=", "6.6", ""),
            ("industrial_output_value", "2015-YTD03", "plan_share_pct", "=", "29.9", "29.9%"),
            ("retail_sales_services", "2015-YTD03", "level", ">=", "9.2", "9.2 trillion dong"),
            ("retail_sales_services", "2015-YTD03", "growth_pct", "=", "11.13", "11.13%"),
            ("retail_sales_services", "2015-YTD03", "plan_share_pct", "=", "24.3", "24.3%"),
        },
        id="'three month'; '6,6 trillion'; 'the total retail'; 'raising'; 'the plan set forth for the year'",
    ),
    pytest.param(
        # https://thoibaotaichinhvietnam.vn/hanois-exports-fall-slightly-in-first-four-months-127738.html
        "In April alone, the capital city earned nearly 1.52 billion USD from overseas shipments, rising 3.6% month "
        "on month and 2.3% year on year, statistics show.",
        ("2023", "en", "01"),
        {
            ("export_value", "2023-M04", "level", "~", "1.52", "1.52 billion USD"),
            ("export_value", "2023-M04", "growth_prev_period_pct", "=", "3.6", "3.6%"),
            ("export_value", "2023-M04", "growth_pct", "=", "2.3", "2.3%"),
        },
        id="'from overseas shipments' is exports",
    ),
    pytest.param(
        # https://en.vneconomy.vn/central-thanh-hoa-provinces-industrial-production-sees-strong-growth.htm
        "In January, the province's  Index of Industrial Production (IIP) experienced a 5.51% decrease compared to "
        "the previous month, but increased by 11.59% compared to the same period last year.\n\n"
        "However, February brought a resurgence, with the province's IIP soaring by 32.07% compared to the same "
        "period last year.",
        ("2025-02-28", "en", "38"),
        {
            ("industrial_production_index", "2025-M01", "growth_prev_period_pct", "=", "-5.51", ""),
            ("industrial_production_index", "2025-M01", "growth_pct", "=", "11.59", "11.59%"),
            ("industrial_production_index", "2025-M02", "growth_pct", "=", "32.07", "32.07%"),
        },
        id="'a 5.51% decrease compared to the previous month'; 'February brought'; 'soaring'",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/5642/index.html
        "Last year, the regions industrial value reached more than VND1,410 billion, up by 15.4 percent over 2004. "
        "However, compared to the annual plan, the total provincial industrial value reached only 90 percent due to "
        "a lack of materials and fuel, and general market uncertainty.",
        ("2006-01-19", "en", "64"),
        {
            ("industrial_output_value", "2005", "level", ">=", "1410", "VND1,410 billion"),
            ("industrial_output_value", "2005", "growth_pct", "=", "15.4", "15.4 percent"),
            ("industrial_output_value", "2005", "plan_attainment_pct", "=", "90", "90 percent"),
        },
        id="'industrial value' is the production value; 'compared to the annual plan, …' said first",
    ),
    pytest.param(
        # http://en.baophutho.vn/business/202002/breakthrough-in-commodity-export-activities-970
        "According to a report of the Department of Industry and Trade, the export turnover in 2019 is estimated at "
        "USD2,039 million, up by 45% over the previous year and reaching 136% compared to the plan.",
        ("2020-02-06", "en", "25"),
        {
            ("export_value", "2019", "level", "=", "2039", "USD2,039 million"),
            ("export_value", "2019", "growth_pct", "=", "45", "45%"),
            ("export_value", "2019", "plan_attainment_pct", "=", "136", "136%"),
        },
        id="'reaching 136% compared to the plan'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/dong-nais-export-growth-slows-down-in-five-months/153684.vnp
        "\u2013 The export turnover of enterprises operating in the southern province of Dong Nai in the first five "
        "months of 2019 hit 7.7 billion USD, representing a year-on-year rise of 3.41 percent, according to the "
        "provincial Department of Industry and Trade.In May alone, the total export turnover of local firms reached "
        "1.69 billion USD, 9.84 percent higher than that of the previous month, and up 1.56 percent compared to the "
        "same period of 2018.",
        ("2019", "en", "75"),
        {
            ("export_value", "2019-YTD05", "level", "=", "7.7", "7.7 billion USD"),
            ("export_value", "2019-YTD05", "growth_pct", "=", "3.41", "3.41 percent"),
            ("export_value", "2019-M05", "level", "=", "1.69", "1.69 billion USD"),
            ("export_value", "2019-M05", "growth_prev_period_pct", "=", "9.84", "9.84 percent"),
            ("export_value", "2019-M05", "growth_pct", "=", "1.56", "1.56 percent"),
        },
        id="'enterprises operating in the southern province'; 'higher than that of the previous month'",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/kien-giang-posts-7percent-increase-in-fivemonth-export-revenue/229612.vnp
        "According to the province\u2019s Department of Industry and Trade, the province earned over 326 million USD "
        "in the five-month period from exports.",
        ("2022-06-03", "en", "91"),
        {("export_value", "2022-YTD05", "level", ">=", "326", "326 million USD")},
        id="'earned … in the five-month period from exports'",
    ),
    pytest.param(
        # https://baodongnai.com.vn/english/business/201906/dong-nais-retail-sales-up-117-in-5-months-2949095
        "(\u0110N)- Dong Nai's total turnover from retails and services is estimated at VN74.25 trillion in the first "
        "five months of this year, fulfilling over 41 percent of the year's plan and increasing nearly 11.7 percent "
        "compared to the same period of last year, reported the provincial Department of Industry and Trade.",
        ("2019-06", "en", "75"),
        {  # "VN74.25", the currency misprinted, is not read as an amount
            ("retail_sales_services", "2019-YTD05", "plan_share_pct", ">=", "41", "41 percent"),
            ("retail_sales_services", "2019-YTD05", "growth_pct", "~", "11.7", "11.7 percent"),
        },
        id="'total turnover from retails and services'",
    ),
    pytest.param(
        # https://vccinews.com/prode/44748/endeavor-to-address-difficulties-and-maintain-growth-momentum.html
        "According to data released by the Lao Cai Department of Industry and Trade, the province\u2019s industrial "
        "production valued VND18,764.2 billion in the first six months of 2021, equaling 46.4% of the assigned plan "
        "and 43.4% of the self-revised plan.",
        ("2021-08-19", "en", "10"),
        {
            ("industrial_output_value", "2021-H1", "level", "=", "18764.2", "VND18,764.2 billion"),
            ("industrial_output_value", "2021-H1", "plan_share_pct", "=", "46.4", "46.4%"),
        },
        id="'of the assigned plan' is the year's plan",
    ),
    pytest.param(
        # https://eng.longan.gov.vn/Lists/TinTucSuKien/DispForm.aspx?ID=758&ContentTypeId=0x01006B434E144EA34B09B66CBCE45AAE3E91004CA8D603062484488F349B18AED71532
        "According to a report of the Long An Department of Industry and Trade, the industrial production index in "
        "May 2020 is estimated to increase by 3.31 percent over the previous month, up 1.35 percent over the same "
        "period last year. The accumulation of the first 5 months of 2020 increased by 1.93 percent over the same "
        "period (the same period increased by 16.11 percent).\n\n"
        "Total retailed sales of goods and services in May 2020 were estimated at 6,786.2 billion VND, up 16.4 "
        "percent over the previous month, down 8.4 percent over the same period. Accumulated 5 months of 2020 is "
        "estimated at 36,048.6 billion VND, reaching 35.1 percent of the plan, down 2.7 percent over the same period "
        "(the same period increased by 16.7 percent).",
        ("2020-06-04", "en", "80"),
        {
            ("industrial_production_index", "2020-M05", "growth_prev_period_pct", "=", "3.31", "3.31 percent"),
            ("industrial_production_index", "2020-M05", "growth_pct", "=", "1.35", "1.35 percent"),
            ("industrial_production_index", "2020-YTD05", "growth_pct", "=", "1.93", "1.93 percent"),
            ("retail_sales_services", "2020-M05", "level", "=", "6786.2", "6,786.2 billion VND"),
            ("retail_sales_services", "2020-M05", "growth_prev_period_pct", "=", "16.4", "16.4 percent"),
            ("retail_sales_services", "2020-M05", "growth_pct", "=", "-8.4", "down 8.4 percent"),
            ("retail_sales_services", "2020-YTD05", "level", "=", "36048.6", "36,048.6 billion VND"),
            ("retail_sales_services", "2020-YTD05", "plan_share_pct", "=", "35.1", "35.1 percent"),
            ("retail_sales_services", "2020-YTD05", "growth_pct", "=", "-2.7", "down 2.7 percent"),
        },
        id="'total retailed sales of goods and services'; 'the accumulation of', 'accumulated' the figure before's",
    ),
    pytest.param(
        # https://baodongnai.com.vn/english/business/202212/november-retail-estimated-at-vnd208-tril-3147784
        "(\u0110N)- Dong Nai\u2019s total turnover from retails and services in November estimated at VND20.8 "
        "trillion, 2.36 percent higher than the previous month and up 21.74 percent compared to the same period of "
        "last year, according to the provincial Statistics Department.\n\n"
        "The November figure brought total turnover in the first 11 months to around VND209.8 trillion, a "
        "year-on-year increase of 23.47 percent.",
        ("2022-12-07", "en", "75"),
        {
            ("retail_sales_services", "2022-M11", "level", "=", "20.8", "VND20.8 trillion"),
            ("retail_sales_services", "2022-M11", "growth_prev_period_pct", "=", "2.36", "2.36 percent"),
            ("retail_sales_services", "2022-M11", "growth_pct", "=", "21.74", "21.74 percent"),
            ("retail_sales_services", "2022-YTD11", "level", "~", "209.8", "VND209.8 trillion"),
            ("retail_sales_services", "2022-YTD11", "growth_pct", "=", "23.47", "23.47 percent"),
        },
        id="a month's figure 'brought total turnover in the first 11 months to' its running total",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/dong-nai-province-posts-trade-surplus-of-29-billion-usd-in-janmay-period/229498.vnp
        "The province\u2019s industrial production has seen a marked recovery since the start of this year, as the "
        "index of industrial output over the first five months of 2022 was up nearly 7 percent over the same "
        "period last year./.",
        ("2022-06-01", "en", "75"),
        {("industrial_production_index", "2022-YTD05", "growth_pct", "~", "7", "7 percent")},
        id="'the index of industrial output' is the IIP",
    ),
    pytest.param(
        # http://baohoabinh.com.vn/en/5/8310/The-value-of-the-industrial-producti111n-has-reached-nearly-10,490-billi111n-VND.htm
        "(HBO) - In the first quarter of 2023, the index of the industrial production in the province was "
        "estimated to increase by 10.67% compared to that of the same period last year. The value of the "
        "industrial production was estimated at 10,487.8 billion VND, increasing 9.03% compared to that of the "
        "same period last year.",
        ("2023", "en", "17"),
        {
            ("industrial_production_index", "2023-Q1", "growth_pct", "=", "10.67", "10.67%"),
            ("industrial_output_value", "2023-Q1", "level", "=", "10487.8", "10,487.8 billion VND"),
            ("industrial_output_value", "2023-Q1", "growth_pct", "=", "9.03", "9.03%"),
        },
        id="'the index of the industrial production' is the IIP; 'the value of the industrial production'",
    ),
    pytest.param(
        # https://www.vccinews.com/news/47960/industry-and-trade-sector-actively-overcoming-hardships-to-boost-performance/index.html
        "In 2021, the added industrial value expanded by 38.06% from a year earlier; the export value rose 13% year "
        "on year to US$113 million; and total retail value of consumer goods and services inched up 1.2% year on "
        "year.",
        ("2022-06-27", "en", "58"),
        {
            ("export_value", "2021", "growth_pct", "=", "13", "13%"),
            ("export_value", "2021", "level", "=", "113", "US$113 million"),
            ("retail_sales_services", "2021", "growth_pct", "=", "1.2", "1.2%"),
        },
        id="'the added industrial value' is value added, not the output value",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/12624/.html
        "With a high growth rate, Tra Vinh industry and handicraft in 2007 hit VND2,441 billion, 105.25% of the plan "
        "and up 26.51% over 2006.",
        ("2008-03-20", "en", "84"),
        {
            ("industrial_output_value", "2007", "level", "=", "2441", "VND2,441 billion"),
            ("industrial_output_value", "2007", "plan_attainment_pct", "=", "105.25", "105.25%"),
            ("industrial_output_value", "2007", "growth_pct", "=", "26.51", "26.51%"),
        },
        id="'industry and handicraft' is the industrial output value",
    ),
    pytest.param(
        # https://www.vietnam.vn/en/ben-tre-nhieu-chi-tieu-tang-truong-kha-quan
        "In the first 6 months of 2025, units in the industry have effectively implemented tasks according to plan, "
        "well implemented the direction of leaders at all levels, closely monitored the supply - demand and "
        "commodity prices, and promptly resolved difficulties for businesses. "
        "Industrial production value, total retail sales and export turnover all increased significantly compared "
        "to the same period.\n\n"
        "According to the Department of Industry and Trade of Ben Tre province, the value of industrial and "
        "handicraft production is estimated at VND 19,930 billion (2010 comparative price), up 12.54% over the "
        "same period, reaching 44.69% of the yearly plan.",
        ("2025-07", "en", "83"),
        {
            ("industrial_output_value", "2025-H1", "level", "=", "19930", "VND 19,930 billion"),
            ("industrial_output_value", "2025-H1", "growth_pct", "=", "12.54", "12.54%"),
            ("industrial_output_value", "2025-H1", "plan_share_pct", "=", "44.69", "44.69%"),
        },
        id="'the value of industrial and handicraft production' is the industrial output value",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/february-exports-provide-positive-signal-in-binh-duong-province/249469.vnp
        "The department said that in February, the province recorded a surge of 91% in the export of wood and "
        "wooden furniture, 33% in garments, 28% in electronic accessories, and over 30% in automobile spare parts.",
        ("2023-03-07", "en", "74"),
        set(),
        id="'the export of wood' is a product's exports",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/23546/.html
        "In 2011, the industry and trade sector sets the following goals: industrial production value of VND 20,857 "
        "billion",
        ("2011-06-28", "en", "51"),
        {("industrial_output_value", "2011", "level", "=", "20857", "VND 20,857 billion")},
        id="'the industry and trade sector' is the department's field, not an economic sector",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/23546/.html
        "In the commercial field, total retail of goods and turnover from consumer services in 2010 were over VND "
        "17.229 billion, increasing by 28.58 percent against 2009; particularly export turnover gained over US$270 "
        "million, 92.5 percent higher than 2009.",
        ("2011-06-28", "en", "51"),
        {
            ("retail_sales_services", "2010", "level", ">=", "17.229", "VND 17.229 billion"),
            ("retail_sales_services", "2010", "growth_pct", "=", "28.58", "28.58 percent"),
            ("export_value", "2010", "growth_pct", "=", "92.5", "92.5 percent"),
        },
        id="'total retail of goods and turnover from consumer services' is retail sales of goods and services",
    ),
    pytest.param(
        # https://sggpnews.org.vn/hochiminhcity/industry-trade-sector-supports-producers-in-expanding-consumption-networks-85019.html
        "For instance, in 2020, the Index of Industrial Production will rise by 7.6 percent including four key "
        "industries with a year-on-year increase by over 7.5 percent.\n\n"
        "Additionally, commodity retail sale will leap by 12 percent and turnover of retail sale will go up by 12.5 "
        "percent.",
        ("2019-12", "en", "79"),
        {
            ("industrial_production_index", "2020", "growth_pct", "=", "7.6", "7.6 percent"),
            ("retail_sales_services", "2020", "growth_pct", "=", "12.5", "12.5 percent"),
        },
        id="'turnover of retail sale' is retail sales of goods and services; 'commodity retail sale' goods alone",
    ),
    pytest.param(
        # https://www.cantho.gov.vn/wps/portal/home/en/detail/news-and-events/can+thos+socio+economy+maintain+a+positive+growth+trend+in+august
        "Total retail sales of goods and consumer service revenue in August 2024 are estimated at over VND 11,208 "
        "billion, up 1.13% over the previous month. The cumulative figure for the first eight months of 2024 is "
        "estimated at over VND 86,868 billion, up 11.56% over the same period, reaching nearly 64% of the annual "
        "plan.",
        ("2024", "en", "92"),
        {
            ("retail_sales_services", "2024-M08", "level", ">=", "11208", "VND 11,208 billion"),
            ("retail_sales_services", "2024-M08", "growth_prev_period_pct", "=", "1.13", "1.13%"),
            ("retail_sales_services", "2024-YTD08", "level", ">=", "86868", "VND 86,868 billion"),
            ("retail_sales_services", "2024-YTD08", "growth_pct", "=", "11.56", "11.56%"),
            ("retail_sales_services", "2024-YTD08", "plan_share_pct", "~", "64", "64%"),
        },
        id="'The cumulative figure for …' goes on about the indicator of the sentence before",
    ),
    pytest.param(
        # https://www.cantho.gov.vn/wps/portal/home/en/detail/news-and-events/can+thos+socio+economy+maintain+a+positive+growth+trend+in+august
        "Total retail sales of goods and consumer service revenue in August 2024 are estimated at over VND 11,208 "
        "billion, up 1.13% over the previous month.\n"
        "The city's export turnover of goods and service revenue is estimated at $224.9 million, up 5.1% from the "
        "previous month and 19.9% from the same period in 2023.",
        ("2024", "en", "92"),
        {
            ("retail_sales_services", "2024-M08", "level", ">=", "11208", "VND 11,208 billion"),
            ("retail_sales_services", "2024-M08", "growth_prev_period_pct", "=", "1.13", "1.13%"),
        },
        id="'export turnover of goods and service revenue' is another indicator than the exports of goods",
    ),
    pytest.param(
        # https://m.hanoitimes.vn/hanoi-industrial-production-continues-growing-trend-in-october-314667.html
        "Hanoi\u2019s Index of Industrial Production (IIP) in October has grown 3.1% month-on-month and 5.4% "
        "year-on-year, marking continued positive growth since May, according to the municipal Statistics Office.",
        ("2020-10", "en", "01"),
        {
            ("industrial_production_index", "2020-M10", "growth_prev_period_pct", "=", "3.1", "3.1%"),
            ("industrial_production_index", "2020-M10", "growth_pct", "=", "5.4", "5.4%"),
        },
        id="'has grown' is a growth",
    ),
    pytest.param(
        # https://vir.com.vn/hung-yen-bags-upbeat-outcomes-in-socioeconomic-development-114002.html
        "After seven months, the province\u2019s Index of Industrial Production (IIP) swelled 10.63 per cent on-year.",
        ("2024", "en", "33"),
        {("industrial_production_index", "2024-YTD07", "growth_pct", "=", "10.63", "10.63 per cent")},
        id="'swelled' is a growth",
    ),
    pytest.param(
        # https://www.vccinews.com/prode/23319/.html
        "In 2010, total provincial industrial production value reached VND 4,800.5 billion, increasing by 15.4 "
        "percent against 2009. Besides strong development of industrial production, commercial activity also saw "
        "dynamic movement. The total value of retail selling and social service turnover came up to VND 9,340 "
        "billion, increasing by 26.9 percent against 2009.",
        ("2011-05", "en", "54"),
        {
            ("industrial_output_value", "2010", "level", "=", "4800.5", "VND 4,800.5 billion"),
            ("industrial_output_value", "2010", "growth_pct", "=", "15.4", "15.4 percent"),
            ("retail_sales_services", "2010", "level", "=", "9340", "VND 9,340 billion"),
            ("retail_sales_services", "2010", "growth_pct", "=", "26.9", "26.9 percent"),
        },
        id="'retail selling and social service turnover' is retail sales",
    ),
    pytest.param(
        # https://en.qdnd.vn/economy/news/kien-giang-enjoys-strong-growth-in-exports-499732
        "According to the provincial Department of Industry and Trade, the province\u2019s export revenue for the "
        "whole year is estimated at USD 640 million, up more than 35 percent year on year and surpassing its target "
        "by 23 percent.",
        ("2018", "en", "91"),
        {
            ("export_value", "2018", "level", "=", "640", "USD 640 million"),
            ("export_value", "2018", "growth_pct", ">=", "35", "35 percent"),
            ("export_value", "2018", "plan_excess_pct", "=", "23", "23 percent"),
        },
        id="'surpassing its target by 23 percent' is the plan exceeded, as 'exceeding the plan by' is",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/ca-mau-strives-for-12-billion-usd-in-export-turnover-in-2020/167134.vnp
        "To that end, the locality will focus on enhancing trade promotion to expand export markets, especially for "
        "its two key products of frozen shrimp and fertilizer.\n"
        "The provincial People\u2019s Committee will take drastic measures to improve the investment and business "
        "environment.\n"
        "In 2019, Ca Mau earned 1.168 billion USD, up 3.6 percent year-on-year, but equivalent to only 97 percent of "
        "the year\u2019s plan.",
        ("2020-01-10", "en", "96"),
        {
            ("export_value", "2019", "level", "=", "1.168", "1.168 billion USD"),
            ("export_value", "2019", "growth_pct", "=", "3.6", "3.6 percent"),
            ("export_value", "2019", "plan_attainment_pct", "=", "97", "97 percent"),
        },
        id="'the investment and business environment' names no investment figure: the exports go on",
    ),
    pytest.param(
        # https://vir.com.vn/thai-nguyen-shows-what-it-takes-to-reach-2024-goals-113310.html
        "Several highlights in H1\u2019s development in the province include gross industrial production, which "
        "surpassed $17.6 billion, up 6.21 per cent on-year.\n"
        "The prospering industry was reflected in the index of industrial production, which expanded 6.97 per cent "
        "during the period, in which the processing and manufacturing sector growth surpassed 7 per cent.",
        ("2024", "en", "19"),
        {
            ("industrial_output_value", "2024-H1", "level", ">=", "17.6", "$17.6 billion"),
            ("industrial_output_value", "2024-H1", "growth_pct", "=", "6.21", "6.21 per cent"),
            ("industrial_production_index", "2024-H1", "growth_pct", "=", "6.97", "6.97 per cent"),
        },
        id="'gross industrial production' is the production value, not the index the next sentence gives",
    ),
    pytest.param(
        # https://vccinews.com/news/49782/positive-industrial-and-commercial-signals.html
        "The 6-month retail revenue of consumer goods and services was estimated at VND42,394 billion, up 17.42% "
        "year on year, equal to 80.88% of the given scenario and 40.78% of the given plan.",
        ("2023", "en", "89"),
        {
            ("retail_sales_services", "2023-H1", "level", "=", "42394", "VND42,394 billion"),
            ("retail_sales_services", "2023-H1", "growth_pct", "=", "17.42", "17.42%"),
            ("retail_sales_services", "2023-H1", "plan_share_pct", "=", "40.78", "40.78%"),
        },
        id="'of the given plan' is the year's plan, as 'of the assigned plan'",
    ),
    pytest.param(
        # https://vccinews.com/news/49782/positive-industrial-and-commercial-signals.html
        "According to a report on work performance in the first six months and work plan in the last six months of "
        "2023 released by the An Giang Department of Industry and Trade, the June Industrial Production Index was "
        "estimated to rise by 0.52% month on month and 9.03% year on year. In the first half of the year, the "
        "measure grew by 7.76%, 3.21 percentage points lower than the 6-month growth scenario.",
        ("2023", "en", "89"),
        {
            ("industrial_production_index", "2023-M06", "growth_prev_period_pct", "=", "0.52", "0.52%"),
            ("industrial_production_index", "2023-M06", "growth_pct", "=", "9.03", "9.03%"),
            ("industrial_production_index", "2023-H1", "growth_pct", "=", "7.76", "7.76%"),
        },
        id="'the measure' is the indicator of the figure before",
    ),
    pytest.param(
        # https://en.vietnamplus.vn/product-quality-improvement-key-for-soc-trang-development/57278.vnp
        "Revenues from retail business and services amounted to 37,000 billion VND last year, up 17.11% against 2012.",
        ("2014", "en", "94"),
        {
            ("retail_sales_services", "2013", "level", "=", "37000", "37,000 billion VND"),
            ("retail_sales_services", "2013", "growth_pct", "=", "17.11", "17.11%"),
        },
        id="'revenues from retail business and services' is retail",
    ),
]


@pytest.mark.parametrize(("text", "publication", "expected"), PARAGRAPHS)
def test_english_words_for_an_indicator_give_its_rows(
    text: str, publication: tuple[str, str, str], expected: set[tuple[str, ...]]
):
    assert_paragraph_rows(text, publication, expected)


def test_growth_in_a_misspelt_grdp_and_exports_of_goods_and_services_are_other_indicators():
    # https://en.vietnamplus.vn/can-tho-posts-threeyear-high-economic-growth/231733.vnp
    text = (
        "The Mekong Delta city of Can Tho recorded an 8.04% growth in GDRP in the first six months of 2022, the "
        "highest for the recent three years, heard a recent review conference of the city\u2019s Party Committee.\n"
        "The Index of Industrial Production picked up 12.86% year-on-year, while the export turnover of goods and "
        "services top 1.1 billion USD, up 15.16%."
    )

    result = extract_article(text, "2022-06-26", "en", "92")

    assert {(r.indicator_code, r.period, r.value) for r in result.rows} == {
        ("industrial_production_index", "2022-H1", "12.86")
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["8.04%"] == "another indicator: GRDP"
    assert reasons["1.1 billion USD"] == "another indicator: exports of goods and services together"


def test_a_percentage_expansion_is_a_growth():
    # https://thoibaotaichinhvietnam.vn/25-out-of-28-northern-localities-report-positive-industrial-production-151118.html
    text = (
        "As many as 25 out of 28 northern localities reported positive annual growth in industrial production in "
        "the first four months of 2024, heard the 10th meeting of industry and trade sectors from 28 northern "
        "cities and provinces in Hanoi on May 17.\n\n"
        "Among the standout performers in export growth, Hai Phong reported 16 billion USD, marking a 21% rise. "
        "Thai Nguyen saw a 14.7% expansion to 17.8 billion USD, and Bac Giang 16.5 billion USD, up 22%."
    )

    result = extract_article(text, "2024-05", "en", None)

    assert {(r.province_code, r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("31", "export_value", "2024-YTD04", "level", "16"),
        ("31", "export_value", "2024-YTD04", "growth_pct", "21"),
        ("19", "export_value", "2024-YTD04", "growth_pct", "14.7"),
        ("19", "export_value", "2024-YTD04", "level", "17.8"),
        ("24", "export_value", "2024-YTD04", "level", "16.5"),
        ("24", "export_value", "2024-YTD04", "growth_pct", "22"),
    }


def test_growth_of_key_exports_named_one_by_one_is_of_products():
    # https://betaen.vietnamplus.vn/ben-tres-export-revenue-picks-up-1637-percent-post122767.vnp
    # (the page joins some words at its line breaks: "exportrevenue", "periodlast")
    text = (
        "Ben Tre (VNA) \u2013 The Mekong Delta province of Ben Tre\u2019s exportrevenue from January to November surged "
        "16.37 percent against the same periodlast year to 754 million USD, according to Chairman of the "
        "provincial People\u2019sCommittee Cao Van Trong.\n"
        "Growth in revenue was seen in key exports like seafood (14.36 percent), coconutmilk (36.17 percent), "
        "activated carbon (25.4 percent), and garment and leathershoes (50.05 percent), said Pham Thi Han, Vice "
        "Director of the provincialDepartment of Industry and Trade."
    )

    result = extract_article(text, "2015-12", "en", "83")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    for printed in ("14.36 percent", "36.17 percent", "25.4 percent", "50.05 percent"):
        assert reasons[printed] == "products or groups, not the whole province"


def test_the_national_grid_is_a_thing_of_the_province_not_the_country():
    # https://vccinews.com/prode/34202/.html
    text = (
        "The province now has 37 operational hydroelectric projects with a total capacity of 604.9 MW. The national "
        "grid has reached all communes, 92 per cent of the villages and 93 per cent households. The value of "
        "industrial production (based on the base price in 2010) was estimated at VND18,959 billion in the first 11 "
        "months of 2016, or 98.9 per cent of the full-year plan and up 15.3 per cent year on year."
    )

    result = extract_article(text, "2016-12-06", "en", "10")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2016-YTD11", "level", "18959"),
        ("industrial_output_value", "2016-YTD11", "plan_share_pct", "98.9"),
        ("industrial_output_value", "2016-YTD11", "growth_pct", "15.3"),
    }


def test_goods_shipped_abroad_are_exports_and_a_province_eyes_its_target():
    # https://en.vietnamplus.vn/ba-ria-vung-taus-exports-up-105-in-two-months/282541.vnp
    text = (
        "Ba Ria - Vung Tau (VNA) \u2013 The southern province of Ba Ria \u2013 Vung Tau shipped over 1.25 billion USD "
        "worth of products abroad in the first two months of this year, a year-on-year increase of 10.5%, according "
        "to the provincial Department of Industry and Trade.\n"
        "This year, the province eyes over 6.97 billion USD in export revenue, up 3.05% from the previous year, with "
        "crude oil export turnover expected to rise 3.28% to 5.56 billion USD.\n"
        "Besides, large importers such as the US and the EU are tightening their belts, resulting a fall in the "
        "volume of orders, while domestic industrial production like garments and textiles, leather shoes and "
        "electronic products hinge on exports, with only 10% for domestic consumption and the remaining 90% for "
        "foreign markets."
    )

    result = extract_article(text, "2024-03-07", "en", "77")

    assert {(r.period, r.measure, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2024-YTD02", "level", "estimate", ">=", "1.25"),
        ("2024-YTD02", "growth_pct", "estimate", "=", "10.5"),
        ("2024", "level", "target", ">=", "6.97"),
        ("2024", "growth_pct", "target", "=", "3.05"),
    }


def test_a_province_working_to_push_its_exports_to_an_amount_sets_a_target():
    # https://en.vietnamplus.vn/tien-giangs-exports-grow-over-113-percent-in-h1/155357.vnp
    text = (
        "Director of the provincial Industry and Trade Doan Van Phuong said the local industrial production and "
        "export will continue growing in the last half of the year.The production of major industrial goods like "
        "copper pipes, footwear, and apparel is likely to increase significantly over positive consumption demand, "
        "he added.Tien Giang is working to push its export earnings to 3 billion USD this year, up 4.7 percent year "
        "on year.-VNA"
    )

    result = extract_article(text, "2019-07-01", "en", "82")

    assert {(r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("2019", "level", "target", "3"),
        ("2019", "growth_pct", "target", "4.7"),
    }


def test_production_value_excluding_oil_and_gas_is_a_variant():
    # https://en.vietnamplus.vn/ba-riavung-tau-lures-156-million-usd-in-fdi-in-two-months/197400.vnp
    text = (
        "The southern province of Ba Ria-Vung Tau attracted three new foreign direct investment (FDI) projects worth "
        "15.6 million USD in the first two months of this year.It was reported at a meeting held by the provincial "
        "People\u2019s Committee on March 10 that during the reviewed period, the locality\u2019s industrial "
        "production value, excluding oil and gas, rose 8.33 percent."
    )

    result = extract_article(text, "2021-03-11", "en", "77")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["8.33 percent"] == "a variant that leaves something out, not the whole province"


def test_retail_of_the_sectors_respectively_is_of_sectors():
    # http://www1.dongnai.gov.vn/portaldn/en/Pages/glp-5de077a2-2371-476e-8679-6a99293b1a89-glptype-news-glpprint-19134-glpsite-1.html
    text = (
        "Particularly, the total retail\nsales of the state, non-state and foreign-invested sectors increased by "
        "2.4\npercent, 2.9 percent and 2.4 percent respectively."
    )

    result = extract_article(text, "2010", "en", "75")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["2.9 percent"] == "an economic sector, not the whole province"


def test_a_month_s_total_and_the_cumulative_total_after_it_according_to_plan_targets():
    # http://www1.dongnai.gov.vn/portaldn/en/Pages/glp-5de077a2-2371-476e-8679-6a99293b1a89-glptype-news-glpprint-19134-glpsite-1.html
    text = (
        "August\u2019s total retail sales hit\nnearly VND4.7 trillion (US$241.27), up 2.8 percent compared to July.\n"
        "The cumulative total for the past\neight months of 2010 reached over VND32.8 trillion (US$1.68 billion), "
        "accounting\nfor 57.4 percent according to year plan targets, up 26.3 percent over the same\nperiod last year."
    )

    result = extract_article(text, "2010", "en", "75")

    assert {(r.period, r.measure, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2010-M08", "level", "estimate", "~", "4.7"),
        ("2010-M08", "growth_prev_period_pct", "estimate", "=", "2.8"),
        ("2010-YTD08", "level", "estimate", ">=", "32.8"),
        ("2010-YTD08", "plan_share_pct", "estimate", "=", "57.4"),
        ("2010-YTD08", "growth_pct", "estimate", "=", "26.3"),
    }
    assert {r.indicator_code for r in result.rows} == {"retail_sales_services"}


def test_a_sector_s_contribution_to_the_total_and_its_growth_are_the_sector_s():
    # https://en.vietnamplus.vn/tay-ninh-achieves-remarkable-export-growth/65100.vnp
    text = (
        "The northwestern province of Tay Ninh generated almost 1.3 billion USD in export revenues during the first "
        "eight months of 2014, representing a year-on-year increase of 18.8 percent.\n\n"
        "According to the provincial Department of Industry and Trade, the province\u2019s low imports, totalling "
        "867.6 million USD, resulted in a trade surplus of almost 450 million USD for 2014 so far.\n\n"
        "Foreign businesses contributed approximately 1 billion USD to the locality\u2019s total export revenue, an "
        "increase of 27.5 percent, while local enterprises generated 259 million USD, a decrease of 4.8 percent, and "
        "State-owned businesses generated 18 million USD, a decrease of 11.5 percent year-on-year, the department "
        "said."
    )

    result = extract_article(text, "2014", "en", "72")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2014-YTD08", "level", "1.3"),
        ("2014-YTD08", "growth_pct", "18.8"),
    }


def test_a_material_s_export_value_is_of_products():
    # https://en.vneconomy.vn/ha-tinhs-foreign-trade-slowed-down-in-10m.htm
    text = (
        "Notably, the province's steel exports suffered from deep depression. Its steel export value in the "
        "10-month period stood at more than $1.11 billion, accounting over 80% of the province's total export value, "
        "marking a year-on-year decrease of 33.5%."
    )

    result = extract_article(text, "2025", "en", "42")

    assert not [r for r in result.rows if r.measure == "level"]
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["$1.11 billion"] == "products or groups, not the whole province"


def test_wooden_and_handicraft_exports_are_products():
    # https://english.thesaigontimes.vn/?p=246036
    text = (
        "HCMC \u2013 Exports of HCMC in January-March this year dropped 17% year-on-year to a little more than US$10 "
        "billion, the greatest first-quarter slide in 22 years, according to the city\u2019s Department of Industry "
        "and Trade.\n"
        "Preliminary data from the HCMC Union of Business Associations (HUBA) showed that quarter-one textile exports "
        "edged down 8% compared to the first quarter last year. Wooden and handicraft exports dipped by 15%, with "
        "woodchips and pellets plunging by 45%."
    )

    result = extract_article(text, "2023", "en", "79")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {
        ("2023-Q1", "growth_pct", "-17"),
        ("2023-Q1", "level", "10"),
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["15%"] == "products or groups, not the whole province"


def test_a_sector_seeing_a_fall_in_exports_is_a_part():
    # https://english.thesaigontimes.vn/?p=246036
    text = (
        "This year the city\u2019s export sector has been experiencing the greatest challenge ever, the "
        "department\u2019s deputy director, Nguyen Nguyen Phuong, told the local media.\n"
        "Though the food and beverage sector reported slight growth, its sales inched down 2%. It is estimated that "
        "the sector may see a 4% fall in exports due to weak demand in international markets."
    )

    result = extract_article(text, "2023", "en", "79")

    assert not result.rows
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["4%"] == "an economic sector, not the whole province"


def test_the_level_a_rise_started_from_said_after_the_level_it_reached_is_no_row():
    # http://en.vietrade.gov.vn/index.php?option=com_content&view=article&id=2028:economic-growth-achievement-in-thua-thien-hue&catid=325:brief-introduction&Itemid=361
    text = "The export rose to 257.5 million USD in 2010 from 57.1 million USD in 2005. Exported products was a good increase."

    result = extract_article(text, "2013-05-22", "en", "46")

    assert {(r.period, r.measure, r.value) for r in result.rows} == {("2010", "level", "257.5")}
    assert any(s.printed == "57.1 million USD" and "changed from" in s.reason for s in result.skipped)


def test_an_amount_right_before_a_change_from_one_level_to_another_is_the_change():
    # https://english.haiquanonline.com.vn/the-first-locality-reaches-10-billion-of-export-turnover-14265.html
    text = (
        "This locality accounted for 16.6% of total export turnover in the first quarter.\n\n"
        "Notably, while most localities recorded higher export turnover over the same period, Hanoi and Thai "
        "Nguyen declined.\n\n"
        "Specifically, Thai Nguyen plummeted to more than $400 million from $7.362 billion in the first quarter of "
        "last year to $6.951 billion."
    )

    result = extract_article(text, "2020-04", "en", "19")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value, r.unit) for r in result.rows} == {
        ("export_value", "2020-Q1", "level", "=", "6.951", "usd_bn")
    }
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["$400 million"].startswith("a change in amount")


def test_economic_growth_is_grdp_not_the_index_of_the_heading_before():
    # https://baonghean.vn/en/cong-nghiep-nghe-an-tang-truong-tao-da-cho-xuat-khau-but-pha-10279363.html
    text = (
        "Industrial production index increased quite well.\n"
        "According to the Socio-Economic Report published by the Nghe An Statistics Office, Nghe An province's "
        "economic growth in the first 6 months of 2024 reached 6.76% (increased by 6.22% in the first quarter; "
        "increased by 7.22% in the second quarter), the third highest growth rate in the North Central region and "
        "26th in the country; higher than the 6.15% increase in the same period in 2023."
    )

    result = extract_article(text, "2024", "en", "40")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["6.76%"] == reasons["7.22%"] == "another indicator: GRDP"


def test_a_target_for_next_year_and_a_year_s_figures_higher_than_planned_and_than_that_of_the_year_before():
    # https://en.vietnamplus.vn/ca-mau-targets-13-billion-usd-from-exports-next-year/246260.vnp
    text = (
        "Ca Mau (VNA) \u2013 The southernmost province of Ca Mau has targeted to achieve an export revenue of 1.3 "
        "billion USD next year.\n\n"
        "In 2022, the province\u2019s socio-economic recovery programmes and policies worked effectively. Its export "
        "turnover is estimated at 1.3 billion USD, 13% higher than planned and 16.5% higher than that of 2021."
    )

    result = extract_article(text, "2022-12-28", "en", "96")

    assert {(r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("2023", "level", "target", "1.3"),
        ("2022", "level", "estimate", "1.3"),
        ("2022", "plan_excess_pct", "estimate", "13"),
        ("2022", "growth_pct", "estimate", "16.5"),
    }


def test_an_amount_followed_by_another_indicator_s_name_is_that_indicator_s():
    # https://www.vietmaz.com/2021/08/binh-duong-province-earns-usd-4-5-billion-trade-surplus-despite-covid-19/
    text = (
        "Meanwhile, the industrial production indexes are forecast to recover quickly in the fourth quarter if the "
        "pandemic eases, and exports will maintain an increase of over 26 percent.\n\n"
        "Binh Duong province earns USD 4.5 billion trade surplus despite COVID-19 have 246 words, post on en.qdnd.vn "
        "at August 16, 2021."
    )

    result = extract_article(text, "2021-08-15", "en", "74")

    assert result.rows == []  # not the exports named last, for the province named before the amount
    assert {s.printed: s.reason for s in result.skipped}["USD 4.5 billion"] == "another indicator: trade balance"


def test_they_goes_on_about_the_sentence_before_and_an_aside_s_subject_is_not_the_figure_s_after_it():
    # https://www.talkvietnam.org/2021/02/binh-duong-sees-high-export-and-import-growth-in-january/
    text = (
        "B\u00ccNH D\u01af\u01a0NG \u2013 B\u00ecnh D\u01b0\u01a1ng Province achieved impressive growth in exports "
        "in January to rank third in the country behind only HCM City and B\u1eafc Ninh Province.\n"
        "They grew 61.7 per cent year-on-year to US$2.98 billion.\n"
        "Exports to the US, which accounted for 65.2 per cent of the province\u2019s total exports in January, grew by "
        "68.9 per cent."
    )

    result = extract_article(text, "2021-02-22", "en", "74")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("export_value", "2021-M01", "growth_pct", "61.7"),
        ("export_value", "2021-M01", "level", "2.98"),
    }
    assert {s.printed: s.reason for s in result.skipped}["68.9 per cent"] == "markets, not the whole province"


def test_the_figures_after_a_market_with_its_export_turnover_are_the_market_s():
    # https://sggpnews.org.vn/business/total-export-turnover-of-ba-ria-vung-tau-surges-nearly-20-percent-90966.html
    text = (
        "As for import activities, the province gained US$1,035 billion in import turnover during the first two "
        "months of the year, a hike of 7.06 percent over the same period. Of which, foreign-invested enterprises "
        "accounted for 82.93 percent with US$858.40 million, surging 13.58 percent.The main export markets of the "
        "province are growing well, "
        "including Asian market with the export turnover of US$689.87 million, an increase of 15.55 percent over the "
        "same period; American market and African market with US$72.2 million and US$38.89 million in export "
        "turnover, increasing 2.2 times and 33 times, respectively."
    )

    result = extract_article(text, "2021", "en", "77")

    assert result.rows == []
    reasons = {s.printed: s.reason for s in result.skipped}
    assert reasons["US$689.87 million"] == reasons["US$38.89 million"] == "markets, not the whole province"


def test_a_plan_exceeded_by_a_percentage_after_the_plan_s_year_is_of_the_aim_it_is_said_with():
    # https://www.einpresswire.com/article/594479203/ti-n-giang-expects-16-increase-in-exports
    text = (
        "H\u00c0 N\u1ed8I \u2014 Ti\u1ec1n Giang aims to have US$3.6 billion in export turnover of goods for this "
        "year, much more than 2021 and exceeding the plan for 2022 by 7.46 per cent.\n\n"
        'Tu\u1ea5n said: "Ti\u1ec1n Giang is aiming to achieve the export turnover of goods for the whole year 2022 '
        "reaching $3.6 billion, up more than 15.9 per cent compared to 2021 and exceeding 7.46 per cent of the 2022 "
        'plan."'
    )

    result = extract_article(text, "2022-10-06", "en", "82")

    assert {(r.period, r.measure, r.status, r.comparator, r.value) for r in result.rows} == {
        ("2022", "level", "target", "=", "3.6"),
        ("2022", "plan_excess_pct", "target", "=", "7.46"),
        ("2022", "growth_pct", "target", ">=", "15.9"),
    }


def test_the_plan_s_growth_in_brackets_after_the_figure_is_a_target():
    # https://en.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/1587521152211/1668056488427
    text = (
        "Socio-economic situation in 2016\n\n"
        "1. Economic targets:\n\n"
        "- GRDP growth rate achieved 4.5% (the plan: 8% and last year' same period: 6.5%);\n\n"
        "- Industrial production value grew 9.2% (the plan rose 10%, last year' same period rose 10%);"
    )

    result = extract_article(text, "2017-01-23", "en", "44")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value) for r in result.rows} == {
        ("industrial_output_value", "2016", "growth_pct", "estimate", "9.2"),
        ("industrial_output_value", "2016", "growth_pct", "target", "10"),
    }


def test_indicators_listed_before_figures_said_respectively_take_them_in_turn():
    # https://www.einpresswire.com/article/594834561/ki-n-giang-posts-economic-growth-of-8-6-per-cent
    text = (
        "The province planned to step up trade promotion activities as well as stimulate consumption and expand "
        "export markets, he said.\n\n"
        "The retail sales of goods and services and export turnover were targeted to reach VN\u011026.9 trillion "
        "(US$1.12 billion) and US$159 million, respectively, in the fourth quarter of this year, he added."
    )

    result = extract_article(text, "2022-10-08", "en", "91")

    assert {(r.indicator_code, r.period, r.measure, r.status, r.value, r.unit) for r in result.rows} == {
        ("retail_sales_services", "2022-Q4", "level", "target", "26.9", "vnd_tn"),
        ("export_value", "2022-Q4", "level", "target", "159", "usd_mn"),
    }


def test_indicators_joined_by_as_well_as_take_each_set_of_figures_said_respectively_in_turn():
    # https://en.baoyenbai.com.vn/11/71547/Important_indicators_show_significant_growth_in_10_m111nths.aspx
    text = (
        "YBO - The Yen Bai People's Committee has renewed its leadership and direction methods, focusing on "
        "implementing key political tasks according to the set programmes and plans in the first ten months of "
        "2023.\n"
        "In the period, several key indicators showed significant growth compared to last year. These included the "
        "industrial production value as well as the total retail sales of goods and revenue from services, which "
        "were estimated to exceed 13.7 trillion VND (557.7 million USD) and 21.5 trillion VND, meeting 81.5% and "
        "84.4% of the yearly plan and growing by 8.7% and 9.6% year-on-year, respectively."
    )

    result = extract_article(text, "2023-11-01", "en", "15")

    assert {(r.indicator_code, r.period, r.value) for r in result.rows} >= {
        ("industrial_output_value", "2023-YTD10", "13.7"),
        ("industrial_output_value", "2023-YTD10", "8.7"),
        ("retail_sales_services", "2023-YTD10", "21.5"),
        ("retail_sales_services", "2023-YTD10", "84.4"),
        ("retail_sales_services", "2023-YTD10", "9.6"),
    }
    assert not any(r.indicator_code == "retail_sales_services" and r.value in ("13.7", "8.7") for r in result.rows)


def test_the_first_of_two_percentages_before_a_plan_is_a_share_of_that_plan_too():
    # https://en.baoyenbai.com.vn/11/71547/Important_indicators_show_significant_growth_in_10_m111nths.aspx
    text = (
        "In the first ten months of 2023, the industrial production value as well as the total retail sales of "
        "goods and revenue from services were estimated to exceed 13.7 trillion VND and 21.5 trillion VND, meeting "
        "81.5% and 84.4% of the yearly plan, respectively."
    )

    result = extract_article(text, "2023-11-01", "en", "15")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows if r.unit == "pct"} == {
        ("industrial_output_value", "2023-YTD10", "plan_share_pct", "81.5"),
        ("retail_sales_services", "2023-YTD10", "plan_share_pct", "84.4"),
    }


def test_a_percentage_printed_per_year_with_a_slash_is_an_average_growth_over_the_span():
    # https://thainguyentv.vn/industrial-production-value-in-period-2021-2023-increases-by-75year-105547.html
    text = (
        "Industrial production value in the period 2021 - 2023 increased by an average of 7.5%/year; The scale of "
        "industrial production value in 2023 reached 972.7 trillion VND, ranking first in the Northern Midlands and "
        "Mountains region."
    )

    result = extract_article(text, "2024", "en", "19")

    assert {(r.period, r.measure, r.value, r.value_as_published) for r in result.rows} == {
        ("2021/2023", "average_growth_pct", "7.5", "7.5%/year"),
        ("2023", "level", "972.7", "972.7 trillion VND"),
    }


def test_the_value_opening_a_sentence_is_of_the_indicator_the_sentence_before_ended_on():
    # https://lforum.biz/industry-and-trade-extending-positive-growth-momentum.html
    # no row proposed before it (the GRDP growth before goes to the review)
    text = (
        "In 2023, with the close guidance of the Provincial Party Committee and Provincial People\u2019s Committee "
        "and the resolved effort of all employees, the industry and trade sector of Hau Giang province achieved "
        "encouraging successes and helped Hau Giang obtain the gross regional domestic product (GRDP) growth of "
        "12.27%, ranking second in the country.\n\n"
        "Stable industrial production showed signs of optimistic growth. The value was estimated at over "
        "VND66,518 billion, up 24.21% year on year and 2.77% higher than the yearly plan."
    )

    result = extract_article(text, "2024-03", "en", "93")

    assert {(r.indicator_code, r.period, r.measure, r.comparator, r.value) for r in result.rows} == {
        ("industrial_output_value", "2023", "level", ">=", "66518"),
        ("industrial_output_value", "2023", "growth_pct", "=", "24.21"),
        ("industrial_output_value", "2023", "plan_excess_pct", "=", "2.77"),
    }


def test_a_percentage_spelt_out_and_joined_to_percent_by_a_hyphen_is_read():
    # https://en.vietnamplus.vn/khanh-hoa-export-fetches-over-one-billion-usd-in-fifth-consecutive-year/104161.vnp
    text = (
        "Khanh Hoa (VNA) \u2013 Export value of the south central province of Khanh Hoa is expected to reach 1.21 "
        "billion USD in 2016, an eight-percent increase against last year."
    )

    result = extract_article(text, "2016", "en", "56")

    assert {(r.period, r.measure, r.value, r.value_as_published) for r in result.rows} == {
        ("2016", "level", "1.21", "1.21 billion USD"),
        ("2016", "growth_pct", "8", ""),
    }


def test_the_total_retail_value_is_retail_sales_of_goods_and_services():
    # https://vccinews.com/prode/43436/economic-engine-of-lang-son-province.html
    text = (
        "According to the data of the Lang Son Department of Industry and Trade, in 2015 - 2020, the industry and "
        "trade sector maintained stable development. The average annual industrial output increased by 11.07% in "
        "the 2016-2020 period; the average industrial production index grew by 10.5%; the total annual retail "
        "value approximated VND20 trillion, up 11.3% a year in the 2016-2020 stage."
    )

    result = extract_article(text, "2021-05-12", "en", "20")

    assert {(r.indicator_code, r.period, r.measure, r.value) for r in result.rows} == {
        ("industrial_output_value", "2016/2020", "average_growth_pct", "11.07"),
        ("industrial_production_index", "2016/2020", "average_growth_pct", "10.5"),
        ("retail_sales_services", "2016/2020", "average_growth_pct", "11.3"),
    }


def test_a_percentage_of_the_set_target_is_of_the_years_plan():
    # https://en.vietnamplus.vn/binh-duongs-key-exports-lack-orders/268977.vnp
    text = (
        "This year, the province\u2019s export revenue is estimated to reach 32.9 billion VND, down 5% year-on-year "
        "and equal to 86% of the set target, with a trade surplus of about 9 billion USD./."
    )

    result = extract_article(text, "2023-10-03", "en", "74")

    assert {(r.period, r.measure, r.value) for r in result.rows if r.unit == "pct"} == {
        ("2023", "growth_pct", "-5"),
        ("2023", "plan_attainment_pct", "86"),
    }


def test_production_value_including_oil_and_gas_in_brackets_is_the_whole_not_a_breakdown():
    # http://soct.baria-vungtau.gov.vn/web/en/industry/-/ctbrvt/extAssetPublisher/content/87083/value-of-industrial-production-got-low-growth-in-2013.html
    text = (
        "The Department of Industry and Trade told the news that in 2013, the value of industrial production of the "
        "province (including oil and gas) got the low growth rate, only 4.31% (planned at 5.26%). Except for crude "
        "oil and gas, the industrial production value increased by 6.02% compared with 2012 (targeted 8% )."
    )

    result = extract_article(text, "2013-12", "en", "77")

    rows = {(r.period, r.measure, r.status, r.value) for r in result.rows}
    assert ("2013", "growth_pct", "estimate", "4.31") in rows  # "(including oil and gas)": the whole industry's
    assert "6.02" not in {r.value for r in result.rows}  # the same growth, without them, said after it


def test_budget_collection_from_export_import_activities_is_not_the_export_value():
    # https://en.vietnamplus.vn/quang-ninhs-industrial-sector-posts-expansion-of-1198-percent/194007.vnp
    text = (
        "The province\u2019s gross regional domestic product (GRDP) has been estimated at 220 trillion VND, "
        "growing 10.05 percent in 2020, despite the adverse impact of COVID-19.\n\n"
        "State budget collection is projected at 49.3 trillion VND, up nearly 7 percent compared to the same "
        "period of 2019.\n\nBudget collection from export-import activities stood at 12.3 billion VND, up 8 percent against same "
        "period last year, while domestic collection fulfilled the set target with 37 trillion VND, rising 7 "
        "percent./."
    )

    result = extract_article(text, "2020-12", "en", "22")

    assert result.rows == []  # "export-import" names both together, here a source of budget revenue
