"""`python -m flows serve`: its own local Prefect server, the scheduled deployment, a run triggered through
the API that publishes the shipped figures and those an earlier inbox added."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.exceptions import ObjectNotFound
from prefect.settings import PREFECT_API_URL, temporary_settings
from support import run_cli

from flows.serve import DEPLOYMENT_NAME, server_is_healthy
from flows.settings import PROJECT_DIR

DEPLOYMENT = f"warehouse_refresh/{DEPLOYMENT_NAME}"
STARTUP_LIMIT_S = 300  # a bound on waiting, not a performance check
NINH_BINH = Path(__file__).parent / "data" / "ninh_binh"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path: Path):
    """`python -m flows serve` as a user starts it, with no PREFECT_API_URL: it starts its own server."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {
        "WAREHOUSE_DIR": str(tmp_path / "warehouse"),
        "WAREHOUSE_SERVER_PORT": str(port),
        "WAREHOUSE_SCHEDULE_CRON": "30 7 * * 1",  # configurable; the default is 06:00 daily
        "PREFECT_HOME": str(tmp_path / "client"),
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",  # pick up the triggered run promptly
    }
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows", "serve"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group, so the server it starts is stopped with it
        )
    try:
        yield f"http://127.0.0.1:{port}/api", tmp_path / "warehouse", process, log_path
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        finally:
            if process.poll() is None or _group_alive(process.pid):
                os.killpg(process.pid, signal.SIGKILL)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for_deployment(api_url: str, process: subprocess.Popen, log_path: Path):
    """Wait, within a generous bound, for serve to start its server and register the deployment."""
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while not server_is_healthy(api_url):
        assert process.poll() is None, f"serve exited:\n{log_path.read_text()}"
        assert time.monotonic() < deadline, f"no server:\n{log_path.read_text()}"
        time.sleep(1)
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(DEPLOYMENT)
            except ObjectNotFound:
                assert process.poll() is None, f"serve exited:\n{log_path.read_text()}"
                assert time.monotonic() < deadline, f"no deployment:\n{log_path.read_text()}"
                time.sleep(1)


def _wait_for_the_run_to_finish(flow_run_id: UUID, log_path: Path):
    """Wait for the run the printed command created. Not the deployment's first run: the schedule's own
    next runs, created by the server's scheduler meanwhile, are listed beside it and never finish here."""
    deadline = time.monotonic() + STARTUP_LIMIT_S
    with get_client(sync_client=True) as client:
        while True:
            flow_run = client.read_flow_run(flow_run_id)
            if flow_run.state.is_final():
                return flow_run
            assert time.monotonic() < deadline, f"no finished run:\n{log_path.read_text()}"
            time.sleep(2)


def test_serve_schedules_the_refresh_and_its_printed_command_triggers_a_run(served, prefect_server: str):
    api_url, warehouse_dir, process, log_path = served
    # Figures an inbox added once, from the command line: the scheduled run, which has no inbox,
    # publishes them too, from the store.
    added = run_cli("run", "--inbox", str(NINH_BINH), api_url=prefect_server, WAREHOUSE_DIR=str(warehouse_dir))
    assert added.returncode == 0, added.stdout + added.stderr
    (warehouse_dir / "warehouse.duckdb").unlink()  # what is published next is the scheduled run's
    with temporary_settings({PREFECT_API_URL: api_url}):
        deployment = _wait_for_deployment(api_url, process, log_path)
        (schedule,) = deployment.schedules
        assert (schedule.schedule.cron, schedule.schedule.timezone) == ("30 7 * * 1", "Asia/Ho_Chi_Minh")
        assert schedule.active
        assert deployment.parameters == {"warehouse_dir": str(warehouse_dir.resolve())}

        # The command serve prints, run as printed from the project's folder by a shell that has
        # no PREFECT_API_URL of its own: Prefect's own hint would start a server of its own there.
        (hint,) = [line.strip() for line in log_path.read_text().splitlines() if "deployment run" in line]
        assert hint == f"PREFECT_API_URL={api_url} .venv/bin/prefect deployment run {DEPLOYMENT}"
        shell_env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        triggered = subprocess.run(
            ["bash", "-c", hint], cwd=PROJECT_DIR, env=shell_env, capture_output=True, text=True, timeout=120
        )
        assert triggered.returncode == 0, triggered.stdout + triggered.stderr
        created = re.search(r"UUID: (\S+)", triggered.stdout)  # Prefect prints the run it created
        assert created, triggered.stdout
        flow_run = _wait_for_the_run_to_finish(UUID(created.group(1)), log_path)

    assert flow_run.state.is_completed(), f"{flow_run.state}\n{log_path.read_text()}"
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        shipped = (
            "select target_value::double from marts.fct_exports_by_year where province_code = '36' and year = 2020"
        )
        assert con.execute(shipped).fetchall() == [(2200.0,)]  # the article's export plan for 2020
        stored = "select year from marts.fct_exports_by_year where province_code = '37' order by year"
        assert con.execute(stored).fetchall() == [(2011,), (2014,)]  # Ninh Bình's, from the store
    assert "Latest values against targets" in (warehouse_dir / "run_report.md").read_text()
    # The server kept its state under the warehouse folder, not in the user's home.
    assert (warehouse_dir / ".prefect" / "prefect.db").exists()
