"""`flows extract` on statistics offices' tables: years as columns or as rows, the whole province's
row or column only, "Sơ bộ - Prel." as preliminary, index tables as indices on the year before."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from support import EVAL_DIR, eval_article, load_folders, raw_rows

from flows.cli import main
from flows.extract import extract_article

# https://cucthongke.quangtri.gov.vn/dbase/file/Nien%20giam%202021/files/basic-html/page369.html
# (a PDF page: several cells a line, the preliminary year's heading over three lines)
QUANG_TRI_IIP_BY_INDUSTRY = """Page 369 - Niên giám
P. 369

203
                                 Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp
                                 Index of industrial production by industrial activity

                                                                                     Đơn vị tính - Unit: %

                                                                  2015   2018    2019   2020   Sơ bộ
                                                                                               Prel.
                                                                                               2021


                        TỔNG SỐ - TOTAL                          113,65  109,16  109,76  104,71  108,72


                        Khai khoáng - Mining and quarrying        93,71  111,12  103,14  102,02  103,77

                        Khai thác than cứng và than non
                        Mining of coal and lignite                   -       -      -       -      -
"""

# http://niengiam.thongkehungyen.gov.vn/files/basic-html/page97.html (GRDP: not one of the four)
HUNG_YEN_GRDP = """Tổng sản phẩm trên địa bàn theo giá so sánh 2010
                        39
                              phân theo khu vực kinh tế
                              Gross regional domestic product at constant 2010 prices
                              by economic sector

                                     Tổng số                     Chia ra - Of which
                                       Total

                                                         Triệu đồng - Mill. dongs


                           2010     27.065.153   4.647.597   13.405.944   12.139.986   7.439.709   1.571.903

                           2011     29.604.453   4.862.977   15.247.715   13.879.243   7.987.638   1.506.123
"""


# http://www.gso.gov.vn/default_en.aspx?tabid=470&idmid=3&ItemID=14448 (the country's, by province)
GSO_STRUCTURE_BY_PROVINCE = """Industry
Structure of gross output of industry at current prices by province

%

2005

2006

2007

WHOLE COUNTRY

100.00

100.00

100.00

Red River Delta

21.66

22.53

24.48

Hà Nội

7.77

7.66

7.91
"""

# http://thongkequangngai.com/niengiam2016/files/assets/basic-html/page265.html (a PDF page whose
# cells came out of order: the years after the figures, the total's label in other glyphs)
QUANG_NGAI_SCRAMBLED = """176. Giá trị sản xuất công nghiệp theo giá hiện hành
phân theo loại hình kinh tế
Industrial gross output at current prices
by types of ownership
Sơ bộ
Prel
. 2016
TӘNG SӔ -
TOTAL
82.217.160 164.163.297 161.658.117 137.505.108 111.521.028
Kinh tế Nhà nước -
State
74.735.656 146.843.439 142.572.533 114.704.631 85.331.816
TӘNG SӔ -
TOTAL
100
100
100
100
100
Cơ cấu -
Structure (%)
2010
2013
2014
2015
Triệu đӗng -
Mill. dongs
"""


# https://www.binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2009/03/1518-Chi-so-gia-tri-san-xuat-cong-nghiep-thang-2
# (a table of provinces, one cell a line between bars: columns of a month or the months to it on a base)
PROVINCES_BY_MONTH = """Chỉ số giá trị sản xuất công nghiệp trên địa bàn của một số tỉnh, thành phố tháng 02 và 2 tháng đầu năm 2009.
|
|
Tháng 02/2009 so với tháng 01/2009 (%)
|
Tháng 02/2009 so với cùng kỳ năm 2008 (%)
|
2 tháng đầu năm 2009 so với cùng kỳ năm 2008 (%)
|
|
Thành phố Hà Nội
|
104,1
|
|
120,7
|
|
108,5
|
|
|
Nhà nước
|
102,6
|
|
114,2
|
|
102,8
|
|
|
Vĩnh Phúc
|
112,5
|
|
98,3
|
|
82,5
|
"""


def _eval_article(source_id: str):
    text, meta = eval_article(source_id)
    return text, extract_article(text, meta["published_on"], meta["language"], meta["province"], meta["kind"])


def _labelled(source_id: str) -> set[tuple[str, ...]]:
    with (EVAL_DIR / "labels" / f"{source_id}.csv").open(encoding="utf-8", newline="") as f:
        return {
            (r["indicator_code"], r["period"], r["measure"], r["status"], r["unit"], r["value"])
            for r in csv.DictReader(f)
        }


@pytest.mark.parametrize(
    "source_id",
    [
        "thongkevinhlong-nien-giam-2018-ban-le-theo-nganh",  # years as rows, the total the first column
        "nghean-nien-giam-2019-iip-theo-nganh",  # "2019/2018" as columns, the total the first row
    ],
)
def test_a_yearbook_table_gives_the_whole_provinces_figure_of_each_year(source_id):
    text, extraction = _eval_article(source_id)
    proposed = {
        (r.indicator_code, r.period, r.measure, r.status, r.unit, f"{Decimal(r.value):f}") for r in extraction.rows
    }
    labelled = {(*key[:5], f"{Decimal(key[5]):f}") for key in _labelled(source_id)}
    assert proposed == labelled
    flat = " ".join(text.split())
    for row in extraction.rows:
        assert row.quote in flat and row.value_as_published in row.quote.split()


def test_the_structure_part_of_a_table_is_not_read_as_levels():
    _, extraction = _eval_article("thongkevinhlong-nien-giam-2018-ban-le-theo-nganh")
    assert not [r for r in extraction.rows if r.value_as_published.startswith("100,")]
    assert {r.price_basis for r in extraction.rows} == {"current"}  # "THEO GIÁ HIỆN HÀNH"


def test_a_pdf_table_with_the_preliminary_heading_over_several_lines():
    rows = extract_article(QUANG_TRI_IIP_BY_INDUSTRY, "2022", "vi", "45", "yearbook").rows
    assert [(r.period, r.measure, r.status, r.value) for r in rows] == [
        ("2015", "index_pct", "actual", "113.65"),
        ("2018", "index_pct", "actual", "109.16"),
        ("2019", "index_pct", "actual", "109.76"),
        ("2020", "index_pct", "actual", "104.71"),
        ("2021", "index_pct", "preliminary", "108.72"),
    ]
    assert {r.indicator_code for r in rows} == {"industrial_production_index"}
    assert {r.quote for r in rows} == {"TỔNG SỐ - TOTAL 113,65 109,16 109,76 104,71 108,72"}


def test_a_table_of_provinces_gives_each_provinces_row_a_figure_a_column():
    # a column on the month before is growth on it; one on the same period a year earlier, the index;
    # the rows of a province's parts ("Nhà nước") are not read
    rows = extract_article(PROVINCES_BY_MONTH, "2009-03-04", "vi").rows
    assert [(r.province_code, r.period, r.measure, r.status, r.value, r.value_as_published) for r in rows] == [
        ("01", "2009-M02", "growth_prev_period_pct", "estimate", "4.1", ""),
        ("01", "2009-M02", "index_pct", "estimate", "120.7", "120,7"),
        ("01", "2009-YTD02", "index_pct", "estimate", "108.5", "108,5"),
        ("26", "2009-M02", "growth_prev_period_pct", "estimate", "12.5", ""),
        ("26", "2009-M02", "index_pct", "estimate", "98.3", "98,3"),
        ("26", "2009-YTD02", "index_pct", "estimate", "82.5", "82,5"),
    ]
    assert {(r.indicator_code, r.unit) for r in rows} == {("industrial_output_value", "pct")}
    assert rows[0].quote == "Thành phố Hà Nội | 104,1 | | 120,7 | | 108,5"


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        pytest.param(HUNG_YEN_GRDP, "vi", "33", id="another indicator"),
        pytest.param(GSO_STRUCTURE_BY_PROVINCE, "en", "01", id="the country's structure by province"),
        pytest.param(QUANG_NGAI_SCRAMBLED, "vi", "51", id="cells out of order"),
    ],
)
def test_a_table_the_rules_cannot_place_gives_nothing(text, language, province):
    assert extract_article(text, "2017", language, province, "yearbook").rows == []


def test_a_table_of_a_province_the_text_does_not_name_goes_to_the_review():
    extraction = extract_article(QUANG_TRI_IIP_BY_INDUSTRY, "2022", "vi", None, "yearbook")
    assert extraction.rows == []
    assert any("province" in s.reason for s in extraction.skipped)


def test_a_bilingual_table_on_an_english_page_reads_its_numbers_as_vietnamese_prints_them():
    # the yearbook's English pages carry the same tables, "113,65" for 113.65
    rows = extract_article(QUANG_TRI_IIP_BY_INDUSTRY, "2022", "en", "45", "yearbook").rows
    assert [(r.period, r.value) for r in rows][-1] == ("2021", "108.72")
    assert len(rows) == 5


TABLES = ["thongkevinhlong-nien-giam-2018-ban-le-theo-nganh", "nghean-nien-giam-2019-iip-theo-nganh"]


def test_a_tables_rows_load_beside_their_source(inbox: Path, tmp_path: Path):
    with (EVAL_DIR / "corpus.csv").open(encoding="utf-8", newline="") as f:
        corpus = {row["source_id"]: row for row in csv.DictReader(f) if row["source_id"] in TABLES}
    with (inbox / "sources.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["source_id", "title", "publisher", "published_on", "kind", "url", "author", "language"])
        for source_id, meta in corpus.items():
            writer.writerow([
                source_id, meta["title"] or meta["url"], meta["publisher"], meta["published_on"], meta["kind"],
                meta["url"], "", meta["language"],
            ])  # fmt: skip
    proposed = []
    for source_id, meta in corpus.items():
        output = inbox / f"{source_id}.csv"
        args = ["extract", str(EVAL_DIR / "articles" / f"{source_id}.txt"), "--source-id", source_id]
        args += ["--published-on", meta["published_on"], "--language", meta["language"], "--kind", meta["kind"]]
        assert main([*args, "--province", meta["province"], "--output", str(output)]) == 0
        proposed += list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    build_path = tmp_path / "build" / "warehouse.duckdb"

    counts = load_folders(build_path, [inbox], ["inbox"])

    assert counts == {"sources": 2, "observations": 11}
    loaded = raw_rows(build_path, "observations")
    assert {(r["period"], r["status"], r["value"]) for r in loaded} == {
        (r["period"], r["status"], r["value"]) for r in proposed
    }
    assert ("2018", "preliminary", "45741038") in {(r["period"], r["status"], r["value"]) for r in proposed}
