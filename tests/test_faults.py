"""A refresh killed (SIGKILL) in load, build, audit or publish loses nothing.

One warehouse lives through a refresh killed in each stage in turn, then a whole one. After
every kill the serving file is byte for byte the one published before and opens read-only;
each next refresh gets past the stage the last one died in (its leftovers, and the lock the
dead process held, do not stop it); the last one publishes the same marts as an undisturbed
refresh.
"""

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from support import cli_env, mart_checksums, run_cli

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


def test_refreshes_killed_in_each_stage_lose_nothing(tmp_path, published, prefect_server):
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    serving = warehouse / "warehouse.duckdb"
    shutil.copy(published.serving_path, serving)
    before, published_marts = serving.read_bytes(), mart_checksums(published.serving_path)

    for stage in STAGES:
        result = refresh_killed_in(stage, warehouse, prefect_server)
        assert result.returncode == -signal.SIGKILL, (stage, result.stdout + result.stderr)
        assert serving.read_bytes() == before, stage
        assert mart_checksums(serving) == published_marts, stage  # and it opens, read-only
        assert (warehouse / "build" / "warehouse.duckdb").exists(), stage  # it died unpublished

    result = run_cli("run", api_url=prefect_server, WAREHOUSE_DIR=str(warehouse), WAREHOUSE_LOCK_TIMEOUT_S="5")
    assert result.returncode == 0, result.stdout + result.stderr
    assert mart_checksums(serving) == published_marts
    assert list((warehouse / "build").iterdir()) == []  # the build became the serving file
    print(sorted(p.name for p in warehouse.iterdir()))
