"""The whole refresh, end to end: the shipped figures in the published warehouse."""

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from support import load_folders

from flows.build import AuditFailed, DbtRunner, build_and_audit
from flows.raw_files import RawInputError
from flows.refresh import warehouse_refresh
from flows.settings import SHIPPED_RAW_DIR, Settings


def query(path: Path, sql: str, *params) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params).fetchall()


def fact_row(path: Path, fact: str, indicator: str, year: int, province: str = "36") -> dict:
    with duckdb.connect(str(path), read_only=True) as con:
        relation = con.execute(
            f"select * from marts.{fact} where province_code = ? and indicator_code = ? and year = ?",
            [province, indicator, year],
        )
        (row,) = relation.fetchall()
        return dict(zip([d[0] for d in relation.description], row, strict=True))


def test_the_articles_2020_targets_are_in_the_facts(published):
    industry = fact_row(published.serving_path, "fct_industrial_output_by_year", "industrial_output_value", 2020)
    assert (industry["target_value"], industry["unit"]) == (Decimal("83365"), "vnd_bn")
    assert (industry["target_growth_pct"], industry["target_growth_comparator"]) == (Decimal("16"), ">=")
    assert industry["province_name"] == "Nam Định"
    assert industry["value"] is None and industry["growth_pct"] is None
    assert industry["target_check"] == "unverifiable"  # the 2019 level was not published

    exports = fact_row(published.serving_path, "fct_exports_by_year", "export_value", 2020)
    assert (exports["target_value"], exports["unit"]) == (Decimal("2200"), "usd_mn")

    retail = fact_row(published.serving_path, "fct_retail_by_year", "retail_sales_services", 2020)
    assert (retail["target_value"], retail["target_growth_pct"], retail["target_comparator"]) == (
        Decimal("50200"),
        Decimal("12"),
        "=",
    )


def test_the_articles_2019_results_are_in_the_facts(published):
    exports = fact_row(published.serving_path, "fct_exports_by_year", "export_value", 2019)
    assert exports["plan_attainment_pct"] == Decimal("117.9")  # "vượt 17,9% kế hoạch giao"
    assert exports["growth_pct_reported"] == Decimal("24.5")
    assert exports["source_ids"] == "baonamdinh-2020-01-sct-tong-ket-2019"

    industry = fact_row(published.serving_path, "fct_industrial_output_by_year", "industrial_output_value", 2019)
    assert industry["growth_pct_reported"] == Decimal("14.5")
    assert industry["plan_attainment_pct"] is None  # "vượt chỉ tiêu" says more than 100 %, not how much


def test_every_shipped_figure_is_traceable_to_its_sentence_or_its_table(published):
    rows = query(
        published.serving_path,
        "select o.source_id, o.value_as_published, o.quote, s.source_kind, s.url"
        " from marts.fct_observations as o join marts.dim_source as s using (source_id)",
    )
    assert len(rows) == 43
    for source_id, value_as_published, quote, kind, url in rows:
        if quote:
            assert value_as_published is None or value_as_published in quote, source_id
        else:  # a yearbook's table cell has no sentence: its page does
            assert (kind, url.startswith("https://namdinh.gso.gov.vn/")) == ("yearbook", True), source_id


def test_a_yearbook_series_gives_levels_and_computed_growth_that_the_press_agrees_with(published):
    retail_2016 = fact_row(published.serving_path, "fct_retail_by_year", "retail_sales_services", 2016)
    assert (retail_2016["value"], retail_2016["unit"], retail_2016["price_basis"]) == (
        Decimal("32213.394"),  # 32213394 triệu đồng
        "vnd_bn",
        "current",
    )
    assert retail_2016["growth_pct"] == Decimal("12.51")  # on 2015's 28630620
    assert retail_2016["growth_check"] == "unverifiable"  # no growth was published for 2016

    retail_2023 = fact_row(published.serving_path, "fct_retail_by_year", "retail_sales_services", 2023)
    assert (retail_2023["growth_pct"], retail_2023["growth_pct_reported"]) == (Decimal("13.76"), Decimal("13.8"))
    assert retail_2023["growth_check"] == "consistent"  # the press's "ước tăng 13,8%" agrees with the yearbook


def test_a_published_growth_that_its_own_levels_contradict_is_inconsistent(published):
    """VietnamPlus: Hà Nam's 2020 industrial production "110.69 trillion VND", "a 19 percent
    increase", on a 2019 that "topped 108.5 trillion VND", and "5 percent higher than the plan" of
    "over 122.6 trillion VND"."""
    industry = fact_row(
        published.serving_path, "fct_industrial_output_by_year", "industrial_output_value", 2020, province="35"
    )
    assert (industry["value"], industry["growth_pct"], industry["growth_pct_reported"]) == (
        Decimal("110690"),
        Decimal("2.02"),
        Decimal("19"),
    )
    assert (industry["growth_check"], industry["plan_check"]) == ("inconsistent", "inconsistent")
    assert industry["target_check"] == "consistent"  # the plan's +13 % on 2019 holds
    assert any("published_consistency_fct_industrial_output_by_year_growth_check" in w for w in published.audit.warned)


def test_every_published_growth_target_and_attainment_is_checked(published):
    checks = query(
        published.serving_path,
        "select verdict, published_as_printed, published_quote from marts.fct_consistency_checks",
    )
    verdicts = {verdict: sum(c[0] == verdict for c in checks) for verdict in {c[0] for c in checks}}
    # Nam Định's 2020 retail plan is at current prices like the yearbook's 2019 level, so it is
    # compared (consistent); Hà Nam's four contradictions stay inconsistent.
    assert verdicts == {"consistent": 5, "inconsistent": 4, "unverifiable": 12}
    report = (published.serving_path.parent / "run_report.md").read_text(encoding="utf-8")
    assert (
        "Checks of published growth, targets and plan attainment: 5 consistent, 4 inconsistent, 12 unverifiable"
        in report
    )
    assert (
        "- **35 industrial_output_value 2020** (growth check): published a 19 percent increase = [18.5, 19.5]" in report
    )
    assert all(printed in quote for _, printed, quote in checks if printed)


def test_the_docs_site_opens_on_the_warehouse_overview(published):
    site = (published.serving_path.parent / "docs" / "index.html").read_text(encoding="utf-8")
    assert "doc.indicator_warehouse.__overview__" in site
    for words in ("Provincial industry and trade warehouse", "Where to start", "How figures are checked"):
        assert words in site


def test_marts_describe_every_table_and_column_for_bi_tools(published):
    undescribed = query(
        published.serving_path,
        "select table_name, column_name from duckdb_columns() where schema_name = 'marts' and coalesce(comment, '') = ''",
    )
    assert undescribed == []
    tables = query(
        published.serving_path,
        "select table_name from duckdb_tables() where schema_name = 'marts' and coalesce(comment, '') = ''",
    )
    assert tables == []


def test_the_serving_file_is_readable_by_duckdb_1_4(published):
    (storage,) = query(
        published.serving_path,
        "select tags['storage_version'] from duckdb_databases() where database_name = 'warehouse'",
    )
    assert storage == ("v1.4.0+",)


def test_the_audit_ran_unit_and_data_tests(published):
    assert published.audit.ok
    assert any(name.startswith("unit_test.") for name in published.audit.passed)
    assert any(name.startswith("test.") for name in published.audit.passed)
    assert published.rows_per_fact == {
        "fct_industrial_output_by_year": 7,
        "fct_exports_by_year": 5,
        "fct_retail_by_year": 11,
    }


@pytest.fixture
def warehouse(tmp_path: Path, published) -> Path:
    """A warehouse folder of its own, holding a copy of the published file."""
    shutil.copy(published.serving_path, tmp_path / "warehouse.duckdb")
    return tmp_path


def test_bad_input_leaves_the_serving_file_as_it_was(warehouse, inbox):
    serving = warehouse / "warehouse.duckdb"
    before = serving.read_bytes()
    (inbox / "more.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit\n"
        'baonamdinh-2020-01-sct-tong-ket-2019,36,export_value,2021,level,target,"2,500",usd_mn\n',
        encoding="utf-8",
    )
    with pytest.raises(RawInputError, match=r"more.csv:2: value: must be a number in canonical form"):
        warehouse_refresh(warehouse_dir=str(warehouse), inbox=str(inbox))
    assert serving.read_bytes() == before


def test_a_failed_audit_publishes_nothing_and_keeps_the_build(warehouse):
    settings = Settings(dir=warehouse)
    serving_before = settings.serving_path.read_bytes()
    load_folders(settings.build_path, [SHIPPED_RAW_DIR], ["seeds/raw"])
    with duckdb.connect(str(settings.build_path)) as con:  # a figure whose source is unknown
        figures = "raw_files.observations_00000"  # seeds/raw/observations.csv, the first file found
        con.execute(f"insert into {figures} select * replace ('no-such-source' as source_id) from {figures} limit 1")
    with pytest.raises(AuditFailed, match="relationships_raw_observations_source_id"):
        build_and_audit(DbtRunner(settings))
    assert settings.serving_path.read_bytes() == serving_before
    assert settings.build_path.exists()


def test_an_inbox_yearbook_revises_levels_and_the_checks_follow(warehouse, inbox):
    """Made-up yearbook figures (not real statistics) beside the article's: the revision wins,
    levels make the checks verifiable, and an estimate the yearbook revises is not a contradiction."""
    (inbox / "sources.csv").write_text(
        "source_id,title,publisher,published_on,kind\n"
        "test-yearbook-2020,Synthetic yearbook for tests,Test publisher,2021-06,yearbook\n",
        encoding="utf-8",
    )
    (inbox / "figures.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit,price_basis,value_as_published\n"
        'test-yearbook-2020,36,export_value,2018,level,actual,1500,usd_mn,,"1.500"\n'
        'test-yearbook-2020,36,export_value,2019,level,actual,1870.5,usd_mn,,"1.870,5"\n'
        'test-yearbook-2020,36,export_value,2019,growth_pct,actual,24.7,pct,,"24,7"\n'
        'test-yearbook-2020,36,industrial_output_value,2018,level,actual,60000,vnd_bn,constant_2010,"60.000"\n'
        'test-yearbook-2020,36,industrial_output_value,2019,level,actual,71000,vnd_bn,constant_2010,"71.000"\n',
        encoding="utf-8",
    )
    summary = warehouse_refresh(warehouse_dir=str(warehouse), inbox=str(inbox))
    serving = warehouse / "warehouse.duckdb"

    exports = fact_row(serving, "fct_exports_by_year", "export_value", 2019)
    assert (exports["value"], exports["value_status"]) == (Decimal("1870.5"), "actual")
    assert exports["growth_pct"] == Decimal("24.70")  # 1870.5 / 1500
    assert exports["growth_pct_reported"] == Decimal("24.7")  # the yearbook beats the press estimate
    assert exports["growth_check"] == "consistent"
    used = query(
        serving,
        "select source_id, is_used from marts.fct_observations"
        " where province_code = '36' and indicator_code = 'export_value' and period = '2019' and measure = 'growth_pct'"
        " order by source_id",
    )
    assert used == [("baonamdinh-2020-01-sct-tong-ket-2019", False), ("test-yearbook-2020", True)]

    # 50.200 tỷ đồng planned on 44.737 is +12.2 %: the article's "tăng 12%" agrees.
    retail = fact_row(serving, "fct_retail_by_year", "retail_sales_services", 2020)
    assert retail["target_check"] == "consistent"

    # 71.000 on 60.000 is +18.3 %, which the article's estimate of +14,5% cannot be; but the
    # article could not see the yearbook, published a year and a half later: a revision.
    industry = fact_row(serving, "fct_industrial_output_by_year", "industrial_output_value", 2019)
    assert (industry["growth_pct"], industry["growth_check"]) == (Decimal("18.33"), "revised")
    # warned about Hà Nam's four shipped contradictions only: the revision adds no warning
    (checks_warning,) = [w for w in summary.audit.warned if "published_consistency_fct_consistency_checks" in w]
    assert "Got 4 results" in checks_warning
    assert industry["source_ids"] == "baonamdinh-2020-01-sct-tong-ket-2019, test-yearbook-2020"
