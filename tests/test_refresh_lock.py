"""A refresh that finds another one running on the same warehouse waits, then says so clearly."""

from pathlib import Path

import pytest
from filelock import FileLock

from flows.cli import main


def test_a_refresh_that_waited_too_long_names_the_warehouse_and_the_wait(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("WAREHOUSE_LOCK_TIMEOUT_S", "0.5")
    with FileLock(tmp_path / ".refresh.lock"):  # another refresh, building
        assert main(["run", "--warehouse-dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"refresh failed: another refresh of {tmp_path} is running; waited 0.5 s" in out
    assert "WAREHOUSE_LOCK_TIMEOUT_S" in out
    # Nothing was built or published; the folder of logs is all it made.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".refresh.lock", "logs"]
