"""`flows extract` on real articles: the shipped rows, rows the loader accepts, verbatim provenance,
a review listing with reasons, and national figures kept from the province."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from support import load_folders, raw_rows

from flows.cli import main
from flows.extract import extract_article
from flows.published_numbers import read_published
from flows.reference import load_reference
from flows.settings import PROJECT_DIR, SHIPPED_RAW_DIR

EVAL_DIR = PROJECT_DIR / "eval"
TEST_ARTICLES = Path(__file__).parent / "data" / "extract"
SHIPPED = "baonamdinh-2020-01-sct-tong-ket-2019"


def corpus() -> dict[str, dict[str, str]]:
    with (EVAL_DIR / "corpus.csv").open(encoding="utf-8", newline="") as f:
        return {row["source_id"]: row for row in csv.DictReader(f)}


def article_path(source_id: str) -> Path:
    return EVAL_DIR / "articles" / f"{source_id}.txt"


def extract_args(source_id: str, *more: str) -> list[str]:
    meta = corpus()[source_id]
    args = ["extract", str(article_path(source_id)), "--source-id", source_id, "--published-on", meta["published_on"]]
    args += ["--language", meta["language"], "--kind", meta["kind"]]
    return args + (["--province", meta["province"]] if meta["province"] else []) + list(more)


def test_the_shipped_article_gives_exactly_the_shipped_rows(tmp_path: Path):
    proposed = tmp_path / "proposed.csv"

    assert main(extract_args(SHIPPED, "--output", str(proposed))) == 0

    assert proposed.read_text(encoding="utf-8") == (SHIPPED_RAW_DIR / "observations.csv").read_text(encoding="utf-8")


def sources_row(source_id: str) -> dict[str, str]:
    meta = corpus()[source_id]
    return {
        "source_id": source_id,
        "title": meta["title"],
        "publisher": meta["publisher"],
        "published_on": meta["published_on"],
        "kind": "press",
        "url": meta["url"],
        "author": "",
        "language": meta["language"],
    }


# Vietnamese and English, levels in several units, a price basis, targets and a plan excess with no figure.
LOADABLE = [SHIPPED, "baonamdinh-2018-07-gtsxcn-6-thang", "vietnamplus-en-2020-01-ha-nam-targets-2020"]


def test_proposed_rows_pass_the_loaders_rules_beside_their_source(inbox: Path, tmp_path: Path):
    with (inbox / "sources.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(sources_row(SHIPPED)))
        writer.writeheader()
        writer.writerows(sources_row(source_id) for source_id in LOADABLE)
    proposed = {}
    for source_id in LOADABLE:
        assert main(extract_args(source_id, "--output", str(inbox / f"{source_id}.csv"))) == 0
        proposed[source_id] = list(
            csv.DictReader(io.StringIO((inbox / f"{source_id}.csv").read_text(encoding="utf-8")))
        )
    build_path = tmp_path / "build" / "warehouse.duckdb"

    counts = load_folders(build_path, [inbox], ["inbox"])

    assert counts == {"sources": 3, "observations": sum(len(rows) for rows in proposed.values())}
    assert counts["observations"] >= 20
    loaded = raw_rows(build_path, "observations")
    assert {(r["source_id"], r["indicator_code"], r["period"], r["measure"], r["value"]) for r in loaded} == {
        (r["source_id"], r["indicator_code"], r["period"], r["measure"], r["value"])
        for rows in proposed.values()
        for r in rows
    }


@pytest.mark.parametrize("source_id", sorted(corpus()))
def test_every_proposed_row_is_printed_in_its_article(source_id: str):
    meta = corpus()[source_id]
    text = article_path(source_id).read_text(encoding="utf-8")
    flat = " ".join(text.split())
    reference = load_reference()

    result = extract_article(text, meta["published_on"], meta["language"], meta["province"] or None, meta["kind"])

    blanked = [s.printed for s in result.skipped if s.reason.startswith("proposed with value_as_published blank")]
    for row in result.rows:
        assert row.quote in flat
        if row.value_as_published:
            assert row.value_as_published in row.quote
            reading = read_published(row.value_as_published, meta["language"], reference.units[row.unit], reference)
            assert Decimal(reading.value) == Decimal(row.value)
        else:  # a plan exceeded with no figure, or a form the loader cannot read, which the review names
            assert "vượt" in row.quote or any(printed in row.quote for printed in blanked)


def test_the_review_lists_each_figure_not_proposed_with_its_sentence_and_reason(tmp_path: Path):
    source_id = "baobariavungtau-2023-02-gtsxcn-thang-1"
    review = tmp_path / "review.txt"

    assert main(extract_args(source_id, "--output", str(tmp_path / "rows.csv"), "--review", str(review))) == 0

    lines = review.read_text(encoding="utf-8").splitlines()
    name = str(article_path(source_id))
    assert f"{name}:1: 3,82%: growth against another month or quarter, not a year earlier" in lines
    assert f"{name}:1: 43,2 ngàn tỷ đồng: a variant that leaves something out, not the whole province" in lines
    sentence = lines[lines.index(f"{name}:1: 3,82%: growth against another month or quarter, not a year earlier") + 1]
    assert sentence.strip().startswith("Theo báo cáo của Sở Công thương, tháng 1/2023, giá trị sản xuất công nghiệp")
    rows = list(csv.DictReader((tmp_path / "rows.csv").open(encoding="utf-8")))
    assert {(r["period"], r["measure"], r["value"], r["unit"]) for r in rows} == {
        ("2023-M01", "level", "60.2", "vnd_tn"),
        ("2023-M01", "growth_pct", "6.4", "pct"),
    }


def test_without_a_review_file_the_listing_goes_to_stderr(capsys: pytest.CaptureFixture[str]):
    assert main(extract_args("la34-2024-01-long-an-phan-dau")) == 0

    out, err = capsys.readouterr()
    assert out.startswith("source_id,province_code,indicator_code,period,")
    assert ": 5,4 tỷ USD: another indicator: imports" in err
    assert ": 7,5 tỷ USD: a headline or a caption: the body gives its figures" in err


def test_national_figures_in_the_text_are_not_given_to_the_province():
    text = (TEST_ARTICLES / "baomoi-chi-so-san-xuat-cong-nghiep-tang-7.txt").read_text(encoding="utf-8")

    result = extract_article(text, "2016", "vi", province="19")

    assert [(r.province_code, r.indicator_code, r.value, r.quote) for r in result.rows] == [
        ("19", "industrial_production_index", "26.6", "Thái Nguyên tăng 26,6%")
    ]
    reasons = {(s.printed, s.reason) for s in result.skipped}
    assert ("7%", "a national figure, not the province's") in reasons
    assert ("7,2%", "a national figure: the sentences before it speak of the whole country") in reasons
    assert ("29,2%", "a figure of another province (tỉnh Quảng Nam)") in reasons


def test_the_province_is_found_in_the_text_through_its_aliases():
    for source_id, code in [("la34-2024-01-long-an-phan-dau", "80"), ("kinhtechungkhoan-nam-dinh-4-thang-2025", "36")]:
        meta = corpus()[source_id]
        assert not meta["province"]
        text = article_path(source_id).read_text(encoding="utf-8")

        rows = extract_article(text, meta["published_on"], meta["language"]).rows

        assert rows
        assert {r.province_code for r in rows} == {code}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--published-on", "2020"], "extract failed: missing.txt: no such file"),
        ([str(article_path(SHIPPED)), "--published-on", "2020-13"], "extract failed: --published-on:"),
        ([str(article_path(SHIPPED)), "--published-on", "2020", "--province", "99"], "--province: not a province code"),
    ],
)
def test_bad_arguments_are_named(args: list[str], message: str, capsys: pytest.CaptureFixture[str]):
    assert main(["extract", *args, "--source-id", "x"]) == 1
    assert message in capsys.readouterr().err
