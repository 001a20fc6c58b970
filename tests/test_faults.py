"""Refreshes killed (SIGKILL) in load, build, audit and publish, then two started together.

One warehouse, holding an older published file, lives through a refresh killed in each stage
in turn. After every kill the serving file is byte for byte the one before, and opens read-only;
each next refresh gets past the stage the last one died in (its leftovers, and the lock the dead
process held, do not stop it). Then two refreshes start together: both publish, a reader holding
the old file keeps its snapshot, every reader opening it meanwhile sees a whole warehouse, and
the marts are those of an undisturbed refresh of the same inputs.
"""

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from support import ReaderHoldingTheFile, cli_env, mart_checksums, start_cli

from flows.settings import PROJECT_DIR

STAGES = ["load", "build", "audit", "publish"]


def refresh_killed_in(stage: str, warehouse: Path, api_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.dying_refresh", stage, "run"],
        cwd=PROJECT_DIR,
        env=cli_env(api_url, WAREHOUSE_DIR=str(warehouse), WAREHOUSE_LOCK_TIMEOUT_S="5"),
        capture_output=True,
        text=True,
        timeout=300,
    )


def an_older_warehouse(published_path: Path, folder: Path) -> Path:
    """The published file less one observation: what an earlier refresh would have left."""
    folder.mkdir()
    serving = folder / "warehouse.duckdb"
    shutil.copy(published_path, serving)
    with duckdb.connect(str(serving)) as con:
        con.execute(
            "delete from marts.fct_observations where file_line = (select max(file_line) from marts.fct_observations)"
        )
        con.execute("checkpoint")
    return serving


def test_killed_and_concurrent_refreshes_lose_nothing(tmp_path, published, prefect_server):
    serving = an_older_warehouse(published.serving_path, tmp_path / "warehouse")
    warehouse = serving.parent
    before, old_marts, new_marts = serving.read_bytes(), mart_checksums(serving), mart_checksums(published.serving_path)

    for stage in STAGES:
        result = refresh_killed_in(stage, warehouse, prefect_server)
        assert result.returncode == -signal.SIGKILL, (stage, result.stdout + result.stderr)
        assert serving.read_bytes() == before, stage
        assert mart_checksums(serving) == old_marts, stage  # and it opens, read-only
        assert (warehouse / "build" / "warehouse.duckdb").exists(), stage  # it died unpublished

    holder = ReaderHoldingTheFile(serving)  # a BI tool with the old file open
    assert holder.observations_at_open == 42
    refreshes = [start_cli("run", api_url=prefect_server, WAREHOUSE_DIR=str(warehouse)) for _ in range(2)]
    seen = []
    while any(r.poll() is None for r in refreshes):  # new readers, now and then, during both publishes
        seen.append(mart_checksums(serving))
        time.sleep(0.5)
    outputs = [r.communicate()[0] for r in refreshes]

    assert [r.returncode for r in refreshes] == [0, 0], outputs
    assert mart_checksums(serving) == new_marts  # the same marts as the undisturbed refresh
    assert all(marts in (old_marts, new_marts) for marts in seen)
    assert new_marts in seen  # a reader opened the new file while the other refresh was still going
    assert holder.observations_now() == 42  # its snapshot, unchanged
    assert list((warehouse / "build").iterdir()) == []  # the last build became the serving file
    expected = {".refresh.lock", (warehouse / "exports").resolve().name}  # the lock; the live exports folder
    leftovers = {p.name for p in warehouse.iterdir() if p.name.startswith(".") or p.suffix == ".wal"} - expected
    assert leftovers == set()  # no half-written report, pending export or write-ahead log
