"""The loader's checks of the raw files (docs/contract.md) on the shipped files and on bad ones."""

import unicodedata
from pathlib import Path

import pytest
from support import load_folders, raw_rows

from flows.raw_files import RawInputError
from flows.settings import SHIPPED_RAW_DIR

OBSERVATIONS_HEADER = "source_id,province_code,indicator_code,period,measure,status,comparator,value,unit,price_basis,value_as_published,quote"
SOURCES = (
    "source_id,title,publisher,published_on,kind,url,author,language\n"
    "bao-2020,Tổng kết năm 2019,Báo Nam Định,2020-01-09,press,,,vi\n"
    "yearbook-2020,Niên giám thống kê 2020,Cục Thống kê tỉnh Nam Định,2021-06,yearbook,,,vi\n"
)


def validate(folder: Path) -> list[dict[str, object]]:
    """The folder's observations as loaded into a new build file beside it."""
    build_path = folder.parent / "build" / "warehouse.duckdb"
    load_folders(build_path, [folder], ["inbox"])
    return raw_rows(build_path, "observations")


def write_inbox(folder: Path, observation_rows: list[str], encoding: str = "utf-8", newline: str = "\n") -> Path:
    (folder / "sources.csv").write_text(SOURCES, encoding="utf-8")
    text = newline.join([OBSERVATIONS_HEADER, *observation_rows]) + newline
    if encoding == "cp1258":  # Windows-1258 spells Vietnamese with combining tone marks
        text = unicodedata.normalize("NFD", text)
    (folder / "figures.csv").write_bytes(text.encode(encoding))
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(RawInputError) as raised:
        validate(folder)
    return raised.value.messages


def test_shipped_figures_are_valid_and_complete(tmp_path: Path):
    build_path = tmp_path / "warehouse.duckdb"
    assert load_folders(build_path, [SHIPPED_RAW_DIR], ["seeds/raw"]) == {"sources": 7, "observations": 43}
    observations = raw_rows(build_path, "observations")
    by_key = {
        (o["province_code"], o["indicator_code"], o["period"], o["measure"], o["status"]): o for o in observations
    }
    target = by_key[("36", "industrial_output_value", "2020", "level", "target")]
    assert (target["value"], target["unit"], target["published_decimals"]) == ("83365", "vnd_bn", 0)
    assert by_key[("36", "industrial_output_value", "2020", "growth_pct", "target")]["comparator"] == ">="
    assert by_key[("36", "export_value", "2019", "plan_excess_pct", "estimate")]["value"] == "17.9"
    # A yearbook's bare integer in its table's unit; an English "108.5 trillion VND" to the tenth.
    yearbook = by_key[("36", "retail_sales_services", "2015", "level", "actual")]
    assert (yearbook["value"], yearbook["unit"], yearbook["published_decimals"]) == ("28630620", "vnd_mn", 0)
    english = by_key[("35", "industrial_output_value", "2019", "level", "estimate")]
    assert (english["value"], english["precision_unit"], english["published_decimals"]) == ("108500", "vnd_tn", 1)
    lines: dict[str, list[int]] = {}
    for o in observations:
        lines.setdefault(o["file_name"], []).append(o["file_line"])
    assert {name: sorted(numbers) for name, numbers in lines.items()} == {
        "seeds/raw/observations.csv": list(range(2, 11)),
        "seeds/raw/nam-dinh-ha-nam-observations.csv": list(range(2, 36)),
    }


def test_a_good_inbox_file_loads_with_its_precision(inbox):
    write_inbox(
        inbox,
        [
            'yearbook-2020,36,export_value,2019,level,actual,,2087.6,usd_mn,current,"2,0876 tỷ USD",',
            "yearbook-2020,36,retail_sales_services,2019,level,actual,,44737120,vnd_mn,current,44737120,",
        ],
    )
    observations = {o["indicator_code"]: o for o in validate(inbox)}
    assert observations["export_value"]["published_decimals"] == 4
    assert observations["export_value"]["precision_unit"] == "usd_bn"
    assert observations["retail_sales_services"]["precision_unit"] == "vnd_mn"


def test_spreadsheet_bom_crlf_and_quoted_newlines_load(inbox):
    write_inbox(
        inbox,
        ['bao-2020,36,export_value,2019,growth_pct,estimate,,24.5,pct,,"24,5%","Kim ngạch\r\nxuất khẩu tăng 24,5%"'],
        encoding="utf-8-sig",
        newline="\r\n",
    )
    (observation,) = validate(inbox)
    assert observation["quote"] == "Kim ngạch\r\nxuất khẩu tăng 24,5%"
    assert observation["file_line"] == 2


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            'bao-2020,36,export_value,2019,growth_pct,estimate,,"14,5",pct,,,',
            "inbox/figures.csv:2: value: must be a number in canonical form",
        ),
        (
            "bao-2020,36,export_value,2020,level,target,,2200,usd_mn,,2.200 tỷ USD,",
            "inbox/figures.csv:2: value_as_published: reads as 2200000 usd_mn, but value is 2200",
        ),
        (
            "bao-2020,36,export_value,2020,level,target,,22.00,usd_mn,,22.00,",
            "inbox/figures.csv:2: value_as_published: '22.00' is not a number as written in 'vi'",
        ),
        (
            "bao-2020,36,steel_output,2020,level,target,,1,usd_mn,,,",
            "inbox/figures.csv:2: indicator_code: unknown code",
        ),
        ("bao-2020,99,export_value,2020,level,target,,1,usd_mn,,,", "inbox/figures.csv:2: province_code: unknown code"),
        ("nowhere,36,export_value,2020,level,target,,1,usd_mn,,,", "inbox/figures.csv:2: source_id: unknown code"),
        (
            "bao-2020,36,export_value,2020,level,target,,1,vnd_bn,,,",
            "inbox/figures.csv:2: unit: a level of export_value is in a unit convertible to usd_mn",
        ),
        (
            "bao-2020,36,export_value,2020,level,target,,-1,usd_mn,,,",
            "inbox/figures.csv:2: value: a level cannot be negative",
        ),
        ("bao-2020,36,export_value,20201,level,target,,1,usd_mn,,,", "inbox/figures.csv:2: period: must be YYYY"),
        (
            "bao-2020,36,export_value,1995,level,actual,,1,usd_mn,,,",
            "inbox/figures.csv:2: province_code: 36 (Nam Định) began on 1997-01-01, after 1995-12-31, the last day"
            " of the period",
        ),
        (
            "bao-2020,35,export_value,2026,level,target,,1,usd_mn,,,",
            "inbox/figures.csv:2: province_code: 35 (Hà Nam) ended on 2025-06-30, before 2026-12-31, the last day"
            " of the period; from 2025-07-01 its territory is part of 37 (Ninh Bình)",
        ),
        ("bao-2020,36,export_value,2020,level,,,1,usd_mn,,,", "inbox/figures.csv:2: status: is required and empty"),
        (
            'bao-2020,36,export_value,2016/2020,growth_pct,actual,,16.4,pct,,"16,4%/năm",',
            "inbox/figures.csv:2: period: growth_pct is published for periods of kind year, half, quarter, month,"
            " year_to_date; this one is of kind span",
        ),
        (
            'bao-2020,36,export_value,2020,average_growth_pct,actual,,16.4,pct,,"16,4%/năm",',
            "inbox/figures.csv:2: period: average_growth_pct is published for periods of kind span; this one is of kind year",
        ),
        (
            "bao-2020,36,export_value,2020/2016,average_growth_pct,actual,,16.4,pct,,,",
            "inbox/figures.csv:2: period: must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm or YYYY-YTDmm",
        ),
        (
            'bao-2020,36,export_value,2020,plan_share_pct,estimate,,43.9,pct,,"43,9%",',
            "inbox/figures.csv:2: period: plan_share_pct is published for periods of kind half, quarter, month,"
            " year_to_date; this one is of kind year",
        ),
        (
            "bao-2020,36,export_value,2020-YTD04,growth_prev_period_pct,estimate,,5,pct,,tăng 5%,",
            "inbox/figures.csv:2: period: growth_prev_period_pct is published for periods of kind year, half,"
            " quarter, month; this one is of kind year_to_date",
        ),
    ],
)
def test_a_bad_row_is_named_by_file_line_and_column(inbox, row, expected):
    write_inbox(inbox, [row])
    assert any(message.startswith(expected) for message in problems_of(inbox)), problems_of(inbox)


def test_every_problem_of_a_file_is_reported_at_once(inbox):
    write_inbox(
        inbox,
        [
            "bao-2020,36,export_value,2019,growth_pct,estimate,,24.5,pct,,,",
            "bao-2020,36,export_valu,2019,level,estimate,,1,usd_mn,,,",
            "bao-2020,36,export_value,2020,level,target,,NaN,usd_mn,,,",
        ],
    )
    problems = problems_of(inbox)
    assert [p.split(":")[1] for p in problems] == ["3", "4"]


def test_conflicting_duplicates_are_an_error_and_identical_ones_one_observation(inbox):
    same = "bao-2020,36,export_value,2019,growth_pct,estimate,,24.5,pct,,,"
    write_inbox(inbox, [same, same.replace("24.5", "24.50")])
    assert len(validate(inbox)) == 1

    write_inbox(inbox, [same, same.replace("24.5", "25.4")])
    (problem,) = problems_of(inbox)
    assert problem.startswith("inbox/figures.csv:3: value: conflicts with inbox/figures.csv:2")


def test_a_missing_required_column_and_an_unknown_one_are_named(inbox):
    (inbox / "figures.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,unit,colour\n", encoding="utf-8"
    )
    problems = problems_of(inbox)
    assert (
        "inbox/figures.csv:1: colour: unknown column; expected only source_id, province_code, indicator_code, period, measure, status, comparator, value, unit, price_basis, value_as_published, quote, boundaries_as_of"
        in problems
    )
    assert "inbox/figures.csv:1: value: required column is missing" in problems


def test_a_file_that_is_not_utf8_is_refused_with_its_line(inbox):
    write_inbox(inbox, ["bao-2020,36,export_value,2020,level,target,,2200,usd_mn,,,Báo Nam Định"], encoding="cp1258")
    (problem,) = problems_of(inbox)
    assert problem.startswith("inbox/figures.csv:2: (file): is not UTF-8 text")


def test_a_symlink_out_of_the_inbox_is_refused(inbox, tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_text("x\n", encoding="utf-8")
    (inbox / "link.csv").symlink_to(outside)
    with pytest.raises(RawInputError, match="points outside its folder"):
        validate(inbox)


def test_loading_the_same_files_twice_adds_nothing(inbox, tmp_path):
    for path in SHIPPED_RAW_DIR.glob("*.csv"):
        (inbox / f"copy-of-{path.name}").write_bytes(path.read_bytes())
    build_path = tmp_path / "build" / "warehouse.duckdb"
    assert load_folders(build_path, [SHIPPED_RAW_DIR, inbox], ["seeds/raw", "inbox"]) == {
        "sources": 7,
        "observations": 43,
    }
    assert {o["file_name"] for o in raw_rows(build_path, "observations")} == {
        "seeds/raw/nam-dinh-ha-nam-observations.csv",
        "seeds/raw/observations.csv",
    }


ENGLISH_SOURCE = "tuoitre-2023-12-29,Vietnam's GDP expands 5.05 percent in 2023,Tuoi Tre News,2023-12-29,press,,,en\n"


def write_english_inbox(folder: Path, observation_rows: list[str]) -> Path:
    write_inbox(folder, observation_rows)
    with (folder / "sources.csv").open("a", encoding="utf-8") as f:
        f.write(ENGLISH_SOURCE)
    return folder


def test_printed_decreases_english_forms_and_yearly_percents_load(inbox):
    write_english_inbox(
        inbox,
        [
            'bao-2020,36,export_value,2019,growth_pct,estimate,,-8.04,pct,,"giảm 8,04%",',
            'bao-2020,36,export_value,2020,growth_pct,target,,16.4,pct,,"16,4%/năm",',
            "tuoitre-2023-12-29,36,retail_sales_services,2023,level,estimate,,6200000,vnd_bn,current,"
            '"VND6,200 trillion","Retail sales of goods and services totaled VND6,200 trillion"',
            "tuoitre-2023-12-29,36,retail_sales_services,2023,growth_pct,estimate,,9.6,pct,,9.6 percent,",
            "tuoitre-2023-12-29,36,export_value,2023,level,estimate,,355500,usd_mn,current,US$355.5 billion,",
            "tuoitre-2023-12-29,36,export_value,2023,growth_pct,estimate,,-4.4,pct,,down 4.4 per cent,",
            'bao-2020,36,export_value,2020-M04,growth_prev_period_pct,estimate,,-5.8,pct,,"giảm 5,8%",',
            'bao-2020,36,export_value,2020-H1,plan_share_pct,estimate,,43.9,pct,,"43,9%",',
            'bao-2020,36,export_value,2016/2020,average_growth_pct,target,,16.4,pct,,"16,4%/năm",',
        ],
    )
    observations = {(o["indicator_code"], o["period"], o["measure"]): o for o in validate(inbox)}
    assert observations[("export_value", "2019", "growth_pct")]["published_decimals"] == 2
    retail = observations[("retail_sales_services", "2023", "level")]
    assert (retail["value"], retail["precision_unit"], retail["published_decimals"]) == ("6200000", "vnd_tn", 0)
    exports = observations[("export_value", "2023", "level")]
    assert (exports["precision_unit"], exports["published_decimals"]) == ("usd_bn", 1)
    assert observations[("export_value", "2023", "growth_pct")]["value"] == "-4.4"
    assert observations[("export_value", "2020-M04", "growth_prev_period_pct")]["value"] == "-5.8"
    assert observations[("export_value", "2016/2020", "average_growth_pct")]["published_decimals"] == 1


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "tuoitre-2023-12-29,36,export_value,2023,growth_pct,estimate,,4.4,pct,,down 4.4 per cent,",
            "inbox/figures.csv:2: value_as_published: reads as -4.4 pct ('down' is a decrease), but value is 4.4"
            " (got 'down 4.4 per cent')",
        ),
        (
            'bao-2020,36,export_value,2019,growth_pct,estimate,,8.04,pct,,"giảm 8,04%",',
            "inbox/figures.csv:2: value_as_published: reads as -8.04 pct ('giảm' is a decrease), but value is 8.04"
            " (got 'giảm 8,04%')",
        ),
        (
            "bao-2020,36,export_value,2019,growth_pct,estimate,,-5,pct,,tăng 5%,",
            "inbox/figures.csv:2: value_as_published: reads as 5 pct ('tăng' is an increase), but value is -5"
            " (got 'tăng 5%')",
        ),
        (
            'bao-2020,36,export_value,2019,growth_pct,estimate,,-4.5,pct,,"giảm -4,5%",',
            "inbox/figures.csv:2: value_as_published: is ambiguous: it gives its sign twice,"
            " by the words 'giảm' and by '-' (got 'giảm -4,5%')",
        ),
        (
            'bao-2020,36,export_value,2019,level,estimate,,2050,usd_mn,,"2,05 tỷ",',
            "inbox/figures.csv:2: value_as_published: is ambiguous: 'tỷ' names no currency"
            " (it could be tỷ USD or tỷ đồng) (got '2,05 tỷ')",
        ),
        (
            "tuoitre-2023-12-29,36,export_value,2023,level,estimate,,355500,usd_mn,,VND355.5 billion,",
            "inbox/figures.csv:2: value_as_published: its unit words are not convertible to the row's unit usd_mn"
            " (got 'VND355.5 billion')",
        ),
    ],
)
def test_a_printed_sign_or_form_that_disagrees_or_stays_ambiguous_is_refused(inbox, row, expected):
    write_english_inbox(inbox, [row])
    assert problems_of(inbox) == [expected]


VNPLUS_SOURCE = "vnplus-166541,Ha Nam\u2019s industry-trade sector sets high targets in 2020,VietnamPlus,2020-01-02,press,{url},,{language}"
VNPLUS_URL = "https://en.vietnamplus.vn/ha-nams-industrytrade-sector-sets-high-targets-in-2020/166541.vnp"
SOURCES_HEADER = "source_id,title,publisher,published_on,kind,url,author,language"


def test_a_source_given_again_with_more_detail_is_one_source_with_it_all(inbox, tmp_path):
    (inbox / "a_sources.csv").write_text(
        f"{SOURCES_HEADER}\n{VNPLUS_SOURCE.format(url='', language='en')}\n", encoding="utf-8"
    )
    (inbox / "b_sources.csv").write_text(
        f"{SOURCES_HEADER}\n{VNPLUS_SOURCE.format(url=VNPLUS_URL, language='')}\n", encoding="utf-8"
    )
    (inbox / "figures.csv").write_text(
        f"{OBSERVATIONS_HEADER}\nvnplus-166541,35,export_value,2019,growth_pct,estimate,=,13.5,pct,,up 13.5 percent,\n",
        encoding="utf-8",
    )
    build_path = tmp_path / "build" / "warehouse.duckdb"
    load_folders(build_path, [inbox], ["inbox"])
    (source,) = raw_rows(build_path, "sources")
    assert (source["url"], source["language"]) == (VNPLUS_URL, "en")  # each from the row that states it
    assert (source["file_name"], source["file_line"]) == ("inbox/a_sources.csv", 2)
    (figure,) = raw_rows(build_path, "observations")
    assert figure["published_decimals"] == 1  # read in English, the language the first row states


def test_a_source_given_again_otherwise_names_both_rows_and_each_field(inbox):
    (inbox / "a_sources.csv").write_text(
        f"{SOURCES_HEADER}\n{VNPLUS_SOURCE.format(url=VNPLUS_URL, language='en')}\n", encoding="utf-8"
    )
    other = VNPLUS_SOURCE.format(url=VNPLUS_URL + "?page=2", language="vi").replace("2020-01-02", "2020-01-03")
    (inbox / "b_sources.csv").write_text(f"{SOURCES_HEADER}\n{other}\n", encoding="utf-8")
    assert problems_of(inbox) == [
        "inbox/b_sources.csv:2: language: conflicts with inbox/a_sources.csv:2, which gives source vnplus-166541"
        " the language 'en' (got 'vi')",
        "inbox/b_sources.csv:2: published_on: conflicts with inbox/a_sources.csv:2, which gives source"
        " vnplus-166541 the published_on '2020-01-02' (got '2020-01-03')",
        f"inbox/b_sources.csv:2: url: conflicts with inbox/a_sources.csv:2, which gives source vnplus-166541"
        f" the url '{VNPLUS_URL}' (got '{VNPLUS_URL}?page=2')",
    ]


HEADLINE = 'bao-2020,36,industrial_output_value,2020,growth_pct,target,>=,{value},pct,,"{printed}","{quote}"'


def test_two_values_of_one_figure_in_one_source_load_when_each_has_its_sentence(inbox):
    headline = HEADLINE.format(value="16", printed="16%", quote="phấn đấu sản xuất công nghiệp tăng trưởng 16%")
    body = HEADLINE.format(value="17", printed="17%", quote="giá trị sản xuất công nghiệp tăng từ 17% trở lên")
    write_inbox(inbox, [headline, body, headline])  # the headline twice, word for word: one row
    loaded = validate(inbox)
    assert sorted((o["value"], o["file_line"]) for o in loaded) == [("16", 2), ("17", 3)]


@pytest.mark.parametrize("second_quote", ["phấn đấu sản xuất công nghiệp tăng trưởng 16%", ""])
def test_two_values_with_one_sentence_or_none_are_refused(inbox, second_quote):
    headline = HEADLINE.format(value="16", printed="16%", quote="phấn đấu sản xuất công nghiệp tăng trưởng 16%")
    write_inbox(inbox, [headline, HEADLINE.format(value="17", printed="17%", quote=second_quote)])
    (problem,) = problems_of(inbox)
    assert problem.startswith("inbox/figures.csv:3: value: conflicts with inbox/figures.csv:2, which gives the same")
    assert "load only where each row quotes its own sentence" in problem
