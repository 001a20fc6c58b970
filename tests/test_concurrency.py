"""Refreshes started together, readers during publish, read-only access, paths outside the inbox."""

import os
import shutil
import time
from pathlib import Path

import duckdb
import pytest
import sqlalchemy
from filelock import FileLock
from support import mart_checksums, run_cli, start_cli

from flows.settings import SHIPPED_RAW_DIR
from flows.validate import RawInputError, find_raw_files

GOOD_CORPUS = Path(__file__).parent / "data" / "good"


def observations_in(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("select count(*) from marts.fct_observations").fetchone()[0]


def test_two_refreshes_started_together_both_publish_and_readers_never_see_a_partial_file(
    tmp_path: Path, published, prefect_server: str
):
    """Both load the good corpus (and the shipped figures a second time) beside the shipped ones."""
    warehouse, inbox = tmp_path / "warehouse", tmp_path / "inbox"
    warehouse.mkdir()
    shutil.copytree(GOOD_CORPUS, inbox)
    shutil.copy(SHIPPED_RAW_DIR / "observations.csv", inbox / "shipped_again.csv")
    serving = warehouse / "warehouse.duckdb"
    shutil.copy(published.serving_path, serving)
    old = mart_checksums(serving)
    holder = duckdb.connect(str(serving), read_only=True)  # a BI tool with the old file open

    refreshes = [start_cli("run", "--inbox", str(inbox), api_url=prefect_server, WAREHOUSE_DIR=str(warehouse))]
    refreshes.append(start_cli("run", "--inbox", str(inbox), api_url=prefect_server, WAREHOUSE_DIR=str(warehouse)))
    seen = set()
    while any(r.poll() is None for r in refreshes):  # a new reader now and then opens a whole warehouse
        seen.add(tuple(sorted(mart_checksums(serving).items())))
        time.sleep(0.5)
    outputs = [r.communicate()[0] for r in refreshes]

    assert [r.returncode for r in refreshes] == [0, 0], outputs
    new = mart_checksums(serving)
    assert seen <= {tuple(sorted(old.items())), tuple(sorted(new.items()))}  # both runs published the same
    assert holder.execute("select count(*) from marts.fct_observations").fetchone() == (9,)  # its snapshot
    holder.close()
    assert observations_in(serving) == 9 + 6
    with duckdb.connect(str(serving), read_only=True) as con:
        assert con.execute(
            "select title, author from marts.dim_source where source_id = 'en-report-2021'"
        ).fetchone() == ("Robert'); drop table raw.sources; --", 'O\'Brien, "Bobby"')
        assert con.execute(
            "select value, growth_check from marts.fct_retail_by_year where province_code = '35' and year = 2021"
        ).fetchone() == (33750, "consistent")


def test_a_refresh_that_cannot_get_the_lock_exits_with_a_clear_message(tmp_path: Path, prefect_server: str):
    with FileLock(tmp_path / ".refresh.lock"):  # another refresh is running
        result = run_cli("run", api_url=prefect_server, WAREHOUSE_DIR=str(tmp_path), WAREHOUSE_LOCK_TIMEOUT_S="0.5")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "refresh failed: another refresh of this warehouse is still running" in result.stdout
    assert not (tmp_path / "build").exists()


def test_the_serving_file_opened_read_only_refuses_writes(published):
    with duckdb.connect(str(published.serving_path), read_only=True) as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("delete from marts.fct_exports_by_year")
        assert con.execute("select count(*) from marts.fct_exports_by_year").fetchone() == (2,)


def test_bi_tools_through_duckdb_engine_read_only_cannot_write(published):
    """Superset's way in: SQLAlchemy, duckdb-engine, `read_only` set."""
    engine = sqlalchemy.create_engine(
        f"duckdb:///{published.serving_path}", connect_args={"read_only": True}, poolclass=sqlalchemy.NullPool
    )
    with engine.connect() as con:
        assert con.execute(sqlalchemy.text("select count(*) from marts.fct_retail_by_year")).scalar() == 1
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="read-only"):
            con.execute(sqlalchemy.text("drop table marts.fct_retail_by_year"))
    engine.dispose()


def test_an_inbox_cannot_make_the_loader_read_outside_it_or_block(inbox: Path, tmp_path: Path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "secret.csv").write_text("source_id,title\n", encoding="utf-8")
    (inbox / "link.csv").symlink_to(tmp_path / "elsewhere" / "secret.csv")
    with pytest.raises(RawInputError, match=r"inbox/link.csv: points outside its folder; refused"):
        find_raw_files([inbox], ["inbox"])
    (inbox / "link.csv").unlink()

    (inbox / "up.csv").symlink_to(Path("..") / "elsewhere" / "secret.csv")  # a relative way out
    with pytest.raises(RawInputError, match=r"inbox/up.csv: points outside its folder; refused"):
        find_raw_files([inbox], ["inbox"])
    (inbox / "up.csv").unlink()

    os.mkfifo(inbox / "pipe.csv")  # reading it would wait forever for a writer
    with pytest.raises(RawInputError, match=r"inbox/pipe.csv: is not a regular file; refused"):
        find_raw_files([inbox], ["inbox"])
