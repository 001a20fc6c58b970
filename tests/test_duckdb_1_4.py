"""The serving file opens in DuckDB 1.4, what BI drivers bundle, not only in the DuckDB that wrote it."""

import subprocess

from flows.settings import PROJECT_DIR

# `make test` first creates this separate environment with DuckDB 1.4 alone (see the Makefile).
DUCKDB_1_4_PYTHON = PROJECT_DIR / ".venv-duckdb14" / "bin" / "python"

READ_WITH_OLD_DUCKDB = """
import sys, duckdb
assert duckdb.__version__.startswith("1.4."), duckdb.__version__
with duckdb.connect(sys.argv[1], read_only=True) as con:
    print(con.execute("select count(*) from marts.fct_exports_by_year").fetchall())
    print(con.execute("select target_value from marts.fct_exports_by_year where province_code = '36' and year = 2020").fetchall())
    # the raw layer's views, over the files as read, bind in the older DuckDB too
    print(con.execute("select count(*), count(distinct file_sha256) from raw.observations").fetchall())
"""


def test_duckdb_1_4_reads_the_published_warehouse(published):
    assert DUCKDB_1_4_PYTHON.exists(), "run `make .venv-duckdb14/bin/.installed` (make test does)"
    result = subprocess.run(
        [str(DUCKDB_1_4_PYTHON), "-c", READ_WITH_OLD_DUCKDB, str(published.serving_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[(5,)]", "[(Decimal('2200.000'),)]", "[(43, 2)]"]
