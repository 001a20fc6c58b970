"""The store of accepted raw files: what an inbox added stays added, through the real command.

The inbox holds real published figures for Ninh Bình (`tests/data/ninh_binh/`): exports in 2011
from one source, in 2014 from another, and a sources file naming both.
"""

import hashlib
import json
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from filelock import FileLock
from support import cli_env, run_cli

import flows.stages
from flows.build import AuditFailed
from flows.raw_files import RawInputError
from flows.refresh import warehouse_refresh
from flows.settings import PROJECT_DIR

NINH_BINH = Path(__file__).parent / "data" / "ninh_binh"
SOURCE_2014 = "baoninhbinh-2014-11-grdp-2014"


def ninh_binh_exports(warehouse: Path) -> list[tuple[int, float, str]]:
    """Ninh Bình's export levels in the published facts, with the file each came from."""
    with duckdb.connect(str(warehouse / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(
            "select f.year, f.value::double, o.file_name from marts.fct_exports_by_year as f"
            " join marts.fct_observations as o"
            " on (o.province_code, o.indicator_code, o.period_year) = (f.province_code, f.indicator_code, f.year)"
            " where f.province_code = '37' and o.measure = 'level' order by f.year"
        ).fetchall()


def stored_name(path: Path) -> str:
    return f"{hashlib.sha256(path.read_bytes()).hexdigest()}.csv"


def check(result: subprocess.CompletedProcess[str], code: int = 0) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    return result.stdout


def test_files_an_inbox_added_stay_added_until_removed(tmp_path: Path, prefect_server: str):
    warehouse, store = tmp_path / "warehouse", tmp_path / "warehouse" / "store"
    inbox = shutil.copytree(NINH_BINH, tmp_path / "inbox")
    originals = {path.name: stored_name(path) for path in inbox.glob("*.csv")}

    def flows_cli(*args: str, code: int = 0) -> str:
        return check(run_cli(*args, "--warehouse-dir", str(warehouse), api_url=prefect_server), code)

    flows_cli("run", "--inbox", str(inbox))
    # Each file kept whole, read-only, under the sha256 of its bytes.
    assert sorted(p.name for p in store.glob("*.csv")) == sorted(originals.values())
    assert all(stored_name(p) == p.name for p in store.glob("*.csv"))
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o222 == 0 for p in store.glob("*.csv"))
    listing = flows_cli("files").splitlines()
    for original, source_ids, rows in [
        ("exports_2011.csv", "vccinews-2012-07-ninh-binh-20-years", 1),
        ("exports_2014.csv", SOURCE_2014, 2),
        ("sources.csv", f"{SOURCE_2014}, vccinews-2012-07-ninh-binh-20-years", 2),
    ]:
        (line,) = [line for line in listing if f"store/{originals[original]}" in line]
        assert line.split()[1:] == [original, *source_ids.split(), str(rows), *line.split()[-2:]]

    # Checked without a refresh, what a refresh would load: the shipped 43 figures and 7 sources in
    # 4 files, and the stored 3 figures and 2 sources in 3.
    assert flows_cli("check").splitlines() == [
        "no problems: 46 observations and 9 sources in 7 files follow the contract"
    ]

    # The inbox is gone; a later refresh brings the same 2011 file again under another name.
    shutil.rmtree(inbox)
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(NINH_BINH / "exports_2011.csv", again / "exports_2011_again.csv")
    manifest = (store / "manifest.json").read_bytes()
    flows_cli("run", "--inbox", str(again))
    assert (store / "manifest.json").read_bytes() == manifest  # the same bytes are not stored twice
    assert ninh_binh_exports(warehouse) == [  # the store's figures, loaded from the store
        (2011, 263.7, f"store/{originals['exports_2011.csv']}"),
        (2014, 750.0, f"store/{originals['exports_2014.csv']}"),
    ]

    # Removing: refused while a refresh holds the warehouse, for a name nothing answers to, and
    # when the rest would not load (the sources file goes with the 2014 source, and 2011 needs it).
    with FileLock(warehouse / ".refresh.lock"):
        busy = run_cli(
            "remove",
            "exports_2014.csv",
            "--warehouse-dir",
            str(warehouse),
            api_url=prefect_server,
            WAREHOUSE_LOCK_TIMEOUT_S="0.5",
        )
    assert "another refresh" in check(busy, 1) and "Nothing was changed" in busy.stdout
    assert "remove failed: no stored file is named 'nowhere.csv'" in flows_cli("remove", "nowhere.csv", code=1)
    refused = flows_cli("remove", SOURCE_2014, code=1)
    assert "nothing was removed" in refused
    assert f"store/{originals['exports_2011.csv']}:2: source_id: unknown code" in refused
    assert (store / "manifest.json").read_bytes() == manifest
    assert sorted(p.name for p in store.glob("*.csv")) == sorted(originals.values())

    removed = flows_cli("remove", "exports_2014.csv")
    assert f"Removed store/{originals['exports_2014.csv']} (exports_2014.csv: {SOURCE_2014}; 2 rows)" in removed
    assert not (store / originals["exports_2014.csv"]).exists()
    assert "exports_2014.csv" not in flows_cli("files")

    flows_cli("run")  # no inbox: the store alone adds Ninh Bình
    assert ninh_binh_exports(warehouse) == [(2011, 263.7, f"store/{originals['exports_2011.csv']}")]


def test_a_rejected_inbox_stores_nothing(tmp_path: Path, prefect_server: str):
    inbox = shutil.copytree(NINH_BINH, tmp_path / "inbox")
    (inbox / "bad.csv").write_text(
        "source_id,province_code,indicator_code,period,measure,status,value,unit\n"
        f"{SOURCE_2014},37,export_value,2015,level,target,850,tons\n",
        encoding="utf-8",
    )
    rejected = run_cli(
        "run", "--inbox", str(inbox), "--warehouse-dir", str(tmp_path / "rejected"), api_url=prefect_server
    )
    assert "inbox/bad.csv:2: unit: unknown code" in check(rejected, 1)
    assert not (tmp_path / "rejected" / "store").exists()


def test_an_inbox_whose_audit_fails_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The inbox is good; a figure with an unknown source, slipped into the build after the load's
    checks, fails the audit, as a fault in the warehouse's own logic would."""
    load_raw = flows.stages.load_raw

    def load_then_break_the_build(files, reference, build_path: Path) -> dict[str, int]:
        counts = load_raw(files, reference, build_path)
        with duckdb.connect(str(build_path)) as con:
            figures = (
                "raw_files.observations_00000"  # seeds/raw/nam-dinh-ha-nam-observations.csv, the first file loaded
            )
            con.execute(
                f"insert into {figures} select * replace ('no-such-source' as source_id) from {figures} limit 1"
            )
        return counts

    monkeypatch.setattr(flows.stages, "load_raw", load_then_break_the_build)
    with pytest.raises(AuditFailed):
        warehouse_refresh(inbox=str(NINH_BINH), warehouse_dir=str(tmp_path))
    assert not (tmp_path / "store").exists()
    assert not (tmp_path / "warehouse.duckdb").exists()


def test_an_inbox_file_changed_during_the_refresh_is_neither_stored_nor_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The store keeps the bytes the refresh checked, or nothing: a file edited after the load
    stops the refresh before it publishes."""
    inbox = shutil.copytree(NINH_BINH, tmp_path / "inbox")
    load_raw = flows.stages.load_raw

    def load_then_edit_the_inbox(files, reference, build_path: Path) -> dict[str, int]:
        counts = load_raw(files, reference, build_path)
        with (inbox / "exports_2014.csv").open("a", encoding="utf-8") as f:  # someone saves a change
            f.write(f"{SOURCE_2014},37,export_value,2015,level,target,850,usd_mn,,,,\n")
        return counts

    monkeypatch.setattr(flows.stages, "load_raw", load_then_edit_the_inbox)
    warehouse = tmp_path / "warehouse"
    with pytest.raises(RawInputError, match=r"inbox/exports_2014.csv: changed while the refresh read it"):
        warehouse_refresh(inbox=str(inbox), warehouse_dir=str(warehouse))
    assert not (warehouse / "warehouse.duckdb").exists()
    assert not (warehouse / "store" / "manifest.json").exists()
    assert not list((warehouse / "store").glob("*.csv"))


def test_a_refresh_killed_while_storing_leaves_no_half_file(tmp_path: Path, prefect_server: str):
    warehouse, store = tmp_path / "warehouse", tmp_path / "warehouse" / "store"
    killed = subprocess.run(
        [sys.executable, "-m", "tests.dying_refresh", "store", "run", "--inbox", str(NINH_BINH)],
        cwd=PROJECT_DIR,
        env=cli_env(prefect_server, WAREHOUSE_DIR=str(warehouse)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert [p.name for p in store.iterdir()] == [f".{stored_name(NINH_BINH / 'exports_2011.csv')}.partial"]
    assert "Nothing is stored" in check(run_cli("files", "--warehouse-dir", str(warehouse), api_url=prefect_server))
    assert not (warehouse / "warehouse.duckdb").exists()  # it died before publishing

    check(run_cli("run", "--inbox", str(NINH_BINH), "--warehouse-dir", str(warehouse), api_url=prefect_server))
    stored = sorted(stored_name(p) for p in NINH_BINH.glob("*.csv"))
    assert sorted(p.name for p in store.iterdir()) == sorted([*stored, "manifest.json"])  # the half file is gone
    listed = json.loads((store / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert sorted(entry["file"] for entry in listed) == stored
