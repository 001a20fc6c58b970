"""The refresh's stages, in their one order: load, build and audit (and document), keep the
inbox's new files, publish (then list the kept files in the store), export, report.

Each stage is a plain function. `run_stages` orders them and hands each to a runner: in this
process, one after the other (`refresh_in_process`, what `python -m flows run` does when no
Prefect API is configured), or as Prefect tasks (`flows.refresh`, for served and deployed runs).
Nothing here imports Prefect, so a plain refresh starts no Prefect server.
"""

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.build import AuditResult, DbtRunner, build_and_audit
from flows.docs import generate_docs
from flows.export import export
from flows.load import load_raw
from flows.lock import one_writer_at_a_time
from flows.progress import shown, stage_started
from flows.publish import publish, replace_whole
from flows.reference import load_reference
from flows.report import RefreshSummary, summarise
from flows.settings import Settings
from flows.store import Arrival, Store, StoredFile, arrivals, files_to_load

log = logging.getLogger(__name__)
log.setLevel(logging.INFO)  # a line per stage, wherever the refresh runs

# A runner calls a stage with its arguments and returns what the stage returns.
StageRunner = Callable[..., Any]


def load(settings: Settings) -> tuple[int, list[Arrival]]:
    """Validate the shipped figures, the stored files and the inbox's new files, and write them to a
    new build file; return the observations loaded and the inbox's files the store does not hold."""
    stage_started("load")
    Store(settings.store_dir).tidy()  # what a killed or rejected refresh left in it
    files, first_new = files_to_load(settings)
    counts = load_raw(files, load_reference(), settings.build_path)
    log.info(
        "load: %d observations and %d sources from %d files, %d of them new",
        counts["observations"],
        counts["sources"],
        len(files),
        len(files) - first_new,
    )
    return counts["observations"], arrivals(settings.build_path, files, first=first_new)


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


def keep_new_files(settings: Settings, new: list[Arrival]) -> list[StoredFile]:
    """Copy the inbox's new files into the store; it lists them only once they are published."""
    stage_started("store")
    return Store(settings.store_dir).keep(new)


def publish_build(settings: Settings, docs_site: Path) -> Path:
    stage_started("publish")
    serving_path = publish(settings.build_path, settings.serving_path)
    replace_whole(settings.docs_path, docs_site.read_bytes())
    log.info("publish: %s", shown(serving_path))
    return serving_path


def list_kept_files(settings: Settings, kept: list[StoredFile]) -> None:
    """The published warehouse holds them: from now on every refresh loads them too."""
    Store(settings.store_dir).add(kept)
    log.info("store: %d new file(s) kept in %s", len(kept), shown(settings.store_dir))


def export_published(settings: Settings) -> Path:
    """Parquet files and a spreadsheet of what was just published."""
    stage_started("export")
    exports = export(settings.serving_path, settings.exports_link)
    log.info("export: Parquet files and a spreadsheet in %s", shown(settings.exports_link))
    return exports


def report(settings: Settings, observations: int, audit: AuditResult, files_stored: int) -> RefreshSummary:
    stage_started("report")
    summary = summarise(settings.serving_path, observations, audit, files_stored)
    replace_whole(settings.report_path, summary.as_markdown().encode("utf-8"))
    log.info("report: %s", shown(settings.report_path))
    return summary


# Stages that only move files: a passing hiccup of the file system is worth another try.
RETRIES = {publish_build: 2, export_published: 2}
RETRY_DELAY_S = 1
# Every stage, in the order run_stages runs them.
STAGES = (load, build, keep_new_files, publish_build, list_kept_files, export_published, report)


def settings_for(inbox: str | None = None, warehouse_dir: str | None = None) -> Settings:
    overrides = {k: v for k, v in {"inbox": inbox, "dir": warehouse_dir}.items() if v}
    return Settings(**overrides)


def run_stages(settings: Settings, run: StageRunner) -> RefreshSummary:
    """Refresh the serving warehouse from the shipped figures, the stored files and the inbox, if the
    audit passes; then keep the inbox's new files in the store."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    # One writer per warehouse: a second refresh waits for the first, then builds on its own.
    with one_writer_at_a_time(settings):
        observations, new = run(load, settings)
        audit, docs_site = run(build, settings)
        kept = run(keep_new_files, settings, new) if new else []
        run(publish_build, settings, docs_site)
        if kept:
            run(list_kept_files, settings, kept)
        run(export_published, settings)
        return run(report, settings, observations, audit, len(kept))


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
