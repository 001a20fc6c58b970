"""The refresh's stages, in their one order: load, build and audit (and document), publish,
export, report.

Each stage is a plain function. `run_stages` orders them and hands each to a runner: in this
process, one after the other (`refresh_in_process`, what `python -m flows run` does when no
Prefect API is configured), or as Prefect tasks (`flows.refresh`, for served and deployed runs).
Nothing here imports Prefect, so a plain refresh starts no Prefect server.
"""

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from flows.build import AuditResult, DbtRunner, build_and_audit
from flows.docs import generate_docs
from flows.export import export
from flows.load import files_to_load, load_raw
from flows.progress import shown, stage_started
from flows.publish import publish, replace_whole
from flows.reference import load_reference
from flows.report import RefreshSummary, summarise
from flows.settings import Settings

log = logging.getLogger(__name__)
log.setLevel(logging.INFO)  # a line per stage, wherever the refresh runs

# A runner calls a stage with its arguments and returns what the stage returns.
StageRunner = Callable[..., Any]


class RefreshBusy(TimeoutError):
    """Another refresh of the same warehouse held the lock for longer than we were willing to wait."""


@contextmanager
def _one_refresh_at_a_time(settings: Settings) -> Iterator[None]:
    lock = FileLock(settings.warehouse_dir / ".refresh.lock", timeout=settings.lock_timeout_s)
    try:
        lock.acquire()
    except Timeout as error:
        raise RefreshBusy(
            f"another refresh of {settings.warehouse_dir} is running; waited {settings.lock_timeout_s:g} s"
            " for it to finish and gave up. Nothing was changed. Try again later, or wait longer"
            " with WAREHOUSE_LOCK_TIMEOUT_S."
        ) from error
    try:
        yield
    finally:
        lock.release()


def load(settings: Settings) -> int:
    """Validate every raw file and write them to a new build file; return the observations loaded."""
    stage_started("load")
    files = files_to_load(settings)
    counts = load_raw(files, load_reference(), settings.build_path)
    log.info(
        "load: %d observations and %d sources from %d files", counts["observations"], counts["sources"], len(files)
    )
    return counts["observations"]


def build(settings: Settings) -> tuple[AuditResult, Path]:
    """dbt build: seeds, models and every test; raises AuditFailed unless all passed. Then the
    dbt docs site of the audited build, from the same parse: it needs the build file before
    publish renames it."""
    stage_started("build")
    runner = DbtRunner(settings)
    audit = build_and_audit(runner)
    log.info("build: dbt build, %d passed, %d warned", len(audit.passed), len(audit.warned))
    stage_started("docs")
    docs_site = generate_docs(runner)
    log.info("docs: the documentation site generated")
    return audit, docs_site


def publish_build(settings: Settings, docs_site: Path) -> Path:
    stage_started("publish")
    serving_path = publish(settings.build_path, settings.serving_path)
    replace_whole(settings.docs_path, docs_site.read_bytes())
    log.info("publish: %s", shown(serving_path))
    return serving_path


def export_published(settings: Settings) -> Path:
    """Parquet files and a spreadsheet of what was just published."""
    stage_started("export")
    exports = export(settings.serving_path, settings.exports_link)
    log.info("export: Parquet files and a spreadsheet in %s", shown(settings.exports_link))
    return exports


def report(settings: Settings, observations: int, audit: AuditResult) -> RefreshSummary:
    stage_started("report")
    summary = summarise(settings.serving_path, observations, audit)
    replace_whole(settings.report_path, summary.as_markdown().encode("utf-8"))
    log.info("report: %s", shown(settings.report_path))
    return summary


# Stages that only move files: a passing hiccup of the file system is worth another try.
RETRIES = {publish_build: 2, export_published: 2}
RETRY_DELAY_S = 1


def settings_for(inbox: str | None = None, warehouse_dir: str | None = None) -> Settings:
    overrides = {k: v for k, v in {"inbox": inbox, "dir": warehouse_dir}.items() if v}
    return Settings(**overrides)


def run_stages(settings: Settings, run: StageRunner) -> RefreshSummary:
    """Refresh the serving warehouse from the shipped figures and the inbox, if the audit passes."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    # One writer per warehouse: a second refresh waits for the first, then builds on its own.
    with _one_refresh_at_a_time(settings):
        observations = run(load, settings)
        audit, docs_site = run(build, settings)
        run(publish_build, settings, docs_site)
        run(export_published, settings)
        return run(report, settings, observations, audit)


def _in_this_process(stage: Callable[..., Any], *args: Any) -> Any:
    for _ in range(RETRIES.get(stage, 0)):
        try:
            return stage(*args)
        except Exception:
            log.warning("%s failed; trying again", stage.__name__, exc_info=True)
            time.sleep(RETRY_DELAY_S)
    return stage(*args)


def refresh_in_process(inbox: str | None = None, warehouse_dir: str | None = None) -> RefreshSummary:
    """The refresh without Prefect: the same stages in the same order, in this process."""
    return run_stages(settings_for(inbox, warehouse_dir), _in_this_process)
