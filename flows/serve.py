"""Scheduled refreshes: serve the `warehouse_refresh` deployment on a cron schedule.

Schedules need a real Prefect server (the temporary one Prefect starts on its own cannot run
them). Unless PREFECT_API_URL names one, `serve` starts a local server whose state (SQLite)
lives under the warehouse folder, and stops it on the way out.
"""

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.settings import Settings

DEPLOYMENT_NAME = "scheduled"
SERVER_START_TIMEOUT_S = 120


class ServerDidNotStart(Exception):
    """The local Prefect server exited or did not answer in time."""


def server_is_healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_prefect_server(settings: Settings, schedules: bool = True) -> Iterator[str]:
    """`prefect server start` with its home under the warehouse folder and telemetry off; its API URL.
    Without `schedules`, it runs neither the UI nor the services that schedule runs: an API for
    flow runs started by hand, such as the benchmark's."""
    home = settings.prefect_home
    home.mkdir(parents=True, exist_ok=True)
    api_url = f"http://127.0.0.1:{settings.server_port}/api"
    env = os.environ | {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    env.pop("PREFECT_API_URL", None)
    with (home / "server.log").open("ab") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(settings.server_port),
                *([] if schedules else ["--no-ui", "--no-services"]),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not server_is_healthy(api_url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServerDidNotStart(f"the Prefect server did not start; see {home / 'server.log'}")
            time.sleep(0.5)
        yield api_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def serve_refresh(settings: Settings) -> None:
    """Register the deployment with its schedule and run refreshes until interrupted."""
    from flows.refresh import warehouse_refresh  # imports Prefect's flow machinery only when serving

    schedule = Cron(settings.schedule_cron, timezone=settings.schedule_timezone)
    # Runs refresh the warehouse this was started for, whatever the environment of a run's process.
    parameters = {"warehouse_dir": str(settings.warehouse_dir)}
    if settings.inbox:
        parameters["inbox"] = str(settings.inbox.resolve())

    def serve() -> None:
        warehouse_refresh.serve(name=DEPLOYMENT_NAME, schedule=schedule, parameters=parameters, limit=1)

    if os.environ.get("PREFECT_API_URL"):
        serve()
        return
    with local_prefect_server(settings) as api_url, temporary_settings({PREFECT_API_URL: api_url}):
        os.environ["PREFECT_API_URL"] = api_url  # for the flow-run processes the runner starts
        print(f"Prefect server: {api_url.removesuffix('/api')} (state in {settings.prefect_home})", flush=True)
        serve()
