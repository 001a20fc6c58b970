"""Shared fixtures: one Prefect test server and one published warehouse per test run."""

from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL
from prefect.testing.utilities import prefect_test_harness

from flows.refresh import warehouse_refresh
from flows.report import RefreshSummary


@pytest.fixture(scope="session", autouse=True)
def prefect_server():
    """A real, temporary Prefect API for the whole test run; its URL for subprocesses."""
    with prefect_test_harness(server_startup_timeout=60):
        yield PREFECT_API_URL.value()


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> RefreshSummary:
    """The warehouse published from the shipped figures, by the real flow."""
    warehouse_dir = tmp_path_factory.mktemp("warehouse")
    return warehouse_refresh(warehouse_dir=str(warehouse_dir))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder
