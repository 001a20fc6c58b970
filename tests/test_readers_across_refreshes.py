"""A BI reader (SQLAlchemy through duckdb-engine, as Superset connects) holds the warehouse open
while it is refreshed: a real refresh that adds a yearbook, then a prepared build published."""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

import duckdb
import pytest
from sqlalchemy import Connection, create_engine, text

from flows.publish import publish
from flows.settings import PROJECT_DIR, Settings

YEARBOOK_TITLE = "Niên giám thống kê tỉnh Nam Định 2019"
PRESS_QUOTE = "Kim ngạch xuất khẩu tăng 24,5%, vượt 17,9% kế hoạch giao."
# The yearbook's export levels: 1.500 and 2.000 triệu USD make 2019 a 33 % rise, not the 24,5 % the press
# published in January 2020, before the yearbook: a revision of the press's estimate.
LEVEL_2018, LEVEL_2019 = Decimal("1500"), Decimal("2000")


def _yearbook_inbox(folder: Path) -> Path:
    folder.mkdir()
    (folder / "sources.csv").write_text(
        "source_id,title,publisher,published_on,kind\n"
        f"nien-giam-2019,{YEARBOOK_TITLE},Cục Thống kê tỉnh Nam Định,2020-06,yearbook\n",
        encoding="utf-8",
    )
    (folder / "exports.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit,value_as_published\n"
        f"nien-giam-2019,36,export_value,2018,level,actual,{LEVEL_2018},usd_mn,1.500\n"
        f"nien-giam-2019,36,export_value,2019,level,actual,{LEVEL_2019},usd_mn,2.000\n",
        encoding="utf-8",
    )
    return folder


def _snapshot(connection: Connection) -> dict[str, object]:
    def one(sql: str) -> object:
        return connection.execute(text(sql)).scalar_one()

    return {
        "observations": one("select count(*) from marts.fct_observations"),
        "export_value_2019": one(
            "select value from marts.fct_exports_by_year where province_code = '36' and year = 2019"
        ),
        "retail_rows": one("select count(*) from marts.fct_retail_by_year"),
    }


@contextmanager
def _read_only_connection(path: Path) -> Iterator[Connection]:
    """Connect as Superset does; on exit the pool is disposed too, so no DuckDB handle stays open."""
    engine = create_engine(f"duckdb:///{path}", connect_args={"read_only": True})
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def across_refreshes(published, prefect_server, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Snapshots seen by one held connection and by fresh ones, around two publishes."""
    root = tmp_path_factory.mktemp("readers")
    settings = Settings(dir=root / "warehouse")
    settings.warehouse_dir.mkdir()
    shutil.copy(published.serving_path, settings.serving_path)
    seen: dict[str, object] = {}

    with _read_only_connection(settings.serving_path) as held:
        seen["before"] = _snapshot(held)

        # A real refresh, in its own process as the scheduler runs it, adds the yearbook's levels.
        seen["refresh"] = subprocess.run(
            [sys.executable, "-m", "flows", "run", "--inbox", str(_yearbook_inbox(root / "inbox"))],
            cwd=PROJECT_DIR,
            env=os.environ | {"PREFECT_API_URL": prefect_server, "WAREHOUSE_DIR": str(settings.warehouse_dir)},
            capture_output=True,
            text=True,
            timeout=600,
        )
        seen["held_after_refresh"] = _snapshot(held)
        # DuckDB shares one open database among a process's connections to the same path.
        with _read_only_connection(settings.serving_path) as second:
            seen["second_while_held"] = _snapshot(second)

        # A prepared build published over it: the refreshed warehouse without its retail fact.
        shutil.copy(settings.serving_path, settings.build_path)
        with duckdb.connect(str(settings.build_path)) as con:
            con.execute("delete from marts.fct_retail_by_year")
        publish(settings.build_path, settings.serving_path)
        seen["held_after_second_publish"] = _snapshot(held)

    with _read_only_connection(settings.serving_path) as reconnected:
        seen["reconnected"] = _snapshot(reconnected)
    seen["report"] = settings.report_path.read_text(encoding="utf-8")
    return seen


def test_a_held_connection_keeps_its_snapshot_until_it_reconnects(across_refreshes):
    refresh = across_refreshes["refresh"]
    assert refresh.returncode == 0, refresh.stdout + refresh.stderr
    before = across_refreshes["before"]
    assert before == {"observations": 43, "export_value_2019": None, "retail_rows": 11}
    assert across_refreshes["held_after_refresh"] == before
    assert across_refreshes["held_after_second_publish"] == before

    assert across_refreshes["second_while_held"] == before

    assert across_refreshes["reconnected"] == {"observations": 45, "export_value_2019": LEVEL_2019, "retail_rows": 0}


def test_the_run_report_lists_the_revised_figure_with_its_sources(across_refreshes):
    report = across_refreshes["report"]
    # Hà Nam's four, which the shipped figures already hold, stay inconsistent; this one is a revision.
    assert "4 inconsistent figures: see the run report" in across_refreshes["refresh"].stdout
    assert "1 figure revised by later levels: see the run report" in across_refreshes["refresh"].stdout
    section = report.split("## Revised figures", 1)[1].split("##", 1)[0]
    assert "36 export_value 2019" in section
    assert "published 24,5% = [24.45, 24.55]" in section
    # The computed interval: the ratio of the levels' intervals (each ± half its last digit), rounded outwards.
    lower = ((LEVEL_2019 - Decimal("0.5")) / (LEVEL_2018 + Decimal("0.5")) * 100 - 100).quantize(
        Decimal("0.000001"), ROUND_FLOOR
    )
    upper = ((LEVEL_2019 + Decimal("0.5")) / (LEVEL_2018 - Decimal("0.5")) * 100 - 100).quantize(
        Decimal("0.000001"), ROUND_CEILING
    )
    assert f"computed from the levels [{lower.normalize():f}, {upper.normalize():f}]" in section
    assert PRESS_QUOTE in section
    assert "Năm 2020 phấn đấu sản xuất công nghiệp" in section  # the press article's title
    assert YEARBOOK_TITLE in section


def test_the_run_report_covers_every_fact_and_the_audit(across_refreshes):
    report = across_refreshes["report"]
    assert "| `marts.fct_exports_by_year` | 6 | 2018-2022 |" in report
    assert "| `marts.fct_retail_by_year` | 11 | 2015-2023 |" in report
    assert "warned" in report and "passed" in report
    # a revision is not a contradiction: the only inconsistencies warned of are Hà Nam's four shipped ones
    (checks_warning,) = [line for line in report.splitlines() if "published_consistency_fct_consistency_checks" in line]
    assert "Got 4 results" in checks_warning
    latest = report.split("## Latest values against targets", 1)[1].split("##", 1)[0]
    assert "| Hà Nam | Kim ngạch xuất khẩu | 2020 | 2770 | 3560 | usd_mn | 77.81 |" in latest
