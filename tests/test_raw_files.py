"""Reading raw files: the pass over their bytes, whatever the chunk boundaries cut, and the
stripping of values, the same whichever reader read them."""

import hashlib
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import raw_files
from flows.validate import SQL_DIR


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=40).map(lambda b: bytes(b"a\r\n\x00"[x % 4] for x in b)), chunk=st.integers(1, 7))
def test_the_byte_scan_agrees_with_the_whole_file(tmp_path_factory: pytest.TempPathFactory, data: bytes, chunk: int):
    path = tmp_path_factory.mktemp("scan") / "file.csv"
    path.write_bytes(data)
    original, raw_files.CHUNK_BYTES = raw_files.CHUNK_BYTES, chunk
    try:
        scan = raw_files._scan(Path(path))
    finally:
        raw_files.CHUNK_BYTES = original

    assert scan.sha256 == hashlib.sha256(data).hexdigest()
    assert scan.lines == data.count(b"\n") + (len(data) > 0 and not data.endswith(b"\n"))
    assert scan.plain_line_ends == (data.count(b"\r") == data.count(b"\r\n"))
    assert scan.nul_line == (data[: data.index(b"\x00")].count(b"\n") + 1 if b"\x00" in data else None)


@pytest.fixture(scope="module")
def intake() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("attach ':memory:' as intake")
    con.execute((SQL_DIR / "intake_tables.sql").read_text(encoding="utf-8"))
    return con


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=' \t\r\n\x0b\x0c\x1f\x01\x85\xa0\u2003\u2028\u3000\ufeffa,é"', max_size=10))
def test_duckdb_strips_a_value_as_pythons_reader_does(intake: duckdb.DuckDBPyConnection, text: str):
    """Files DuckDB reads and files Python reads must give the rules the same values; the values
    the loader leaves alone are those stripping would not change."""
    stripped, needs_stripping = intake.execute(
        "select intake.stripped($text), intake.needs_stripping($text)", {"text": text}
    ).fetchone()
    assert stripped == (text.strip() or None)
    assert needs_stripping == (text.strip() != text or text == "")
