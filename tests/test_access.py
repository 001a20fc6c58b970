"""Who may touch what: input is data, never SQL; readers cannot write; the loader stays inside its inbox."""

import os
import shutil
from pathlib import Path

import duckdb
import pytest
import sqlalchemy
from support import load_folders

from flows.raw_files import RawInputError, find_raw_files
from flows.settings import SHIPPED_RAW_DIR

GOOD_CORPUS = Path(__file__).parent / "data" / "good"


def test_input_values_are_never_sql_they_are_stored_as_written(tmp_path: Path):
    """Rows go in as parameters: a title that tries SQL is a title."""
    inbox = shutil.copytree(GOOD_CORPUS, tmp_path / "inbox")
    build = tmp_path / "build" / "warehouse.duckdb"
    load_folders(build, [SHIPPED_RAW_DIR, inbox], ["seeds/raw", "inbox"])
    with duckdb.connect(str(build), read_only=True) as con:
        assert con.execute(
            "select title, author, publisher from raw.sources where source_id = 'en-report-2021'"
        ).fetchone() == (
            "Robert'); drop table raw.sources; --",
            'O\'Brien, "Bobby"',
            '=HYPERLINK("http://example.org")',
        )
        assert con.execute("select count(*) from raw.observations").fetchone() == (43 + 6,)


def test_the_serving_file_opened_read_only_refuses_writes(published):
    with duckdb.connect(str(published.serving_path), read_only=True) as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("delete from marts.fct_exports_by_year")
        assert con.execute("select count(*) from marts.fct_exports_by_year").fetchone() == (5,)


def test_bi_tools_through_duckdb_engine_read_only_cannot_write(published):
    """Superset's way in: SQLAlchemy, duckdb-engine, `read_only` set."""
    engine = sqlalchemy.create_engine(
        f"duckdb:///{published.serving_path}", connect_args={"read_only": True}, poolclass=sqlalchemy.NullPool
    )
    with engine.connect() as con:
        assert con.execute(sqlalchemy.text("select count(*) from marts.fct_retail_by_year")).scalar() == 11
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
