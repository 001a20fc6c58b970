"""The `warehouse_refresh` flow: load, build and audit (and document), publish, export, report.

Each step is a plain function elsewhere in this package; this module only orders them and
adds what Prefect gives (task runs, logs, retries, the report artifact).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows.build import AuditResult, DbtRunner, build_and_audit
from flows.docs import generate_docs
from flows.export import export
from flows.load import files_to_load, load_raw
from flows.publish import publish, replace_whole
from flows.reference import load_reference
from flows.report import RefreshSummary, summarise
from flows.settings import Settings


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


@task
def load(settings: Settings) -> int:
    """Validate every raw file and write them to a new build file; return the observations loaded."""
    files = files_to_load(settings)
    counts = load_raw(files, load_reference(), settings.build_path)
    get_run_logger().info("loaded %s from %d files", counts, len(files))
    return counts["observations"]


@task
def build(settings: Settings) -> tuple[AuditResult, Path]:
    """dbt build: seeds, models and every test; raises AuditFailed unless all passed. Then the
    dbt docs site of the audited build, from the same parse: it needs the build file before
    publish renames it."""
    runner = DbtRunner(settings)
    audit = build_and_audit(runner)
    get_run_logger().info("audit: %d passed, %d warned", len(audit.passed), len(audit.warned))
    return audit, generate_docs(runner)


@task(retries=2, retry_delay_seconds=1)
def publish_build(settings: Settings, docs_site: Path) -> Path:
    serving_path = publish(settings.build_path, settings.serving_path)
    replace_whole(settings.docs_path, docs_site.read_bytes())
    return serving_path


@task(retries=2, retry_delay_seconds=1)
def export_published(settings: Settings) -> Path:
    """Parquet files and a spreadsheet of what was just published."""
    return export(settings.serving_path, settings.exports_link)


@task
def report(settings: Settings, observations: int, audit: AuditResult) -> RefreshSummary:
    summary = summarise(settings.serving_path, observations, audit)
    markdown = summary.as_markdown()
    replace_whole(settings.report_path, markdown.encode("utf-8"))
    create_markdown_artifact(key="warehouse-refresh-report", markdown=markdown, description="Warehouse refresh")
    return summary


@flow(name="warehouse_refresh", log_prints=True)
def warehouse_refresh(inbox: str | None = None, warehouse_dir: str | None = None) -> RefreshSummary:
    """Refresh the serving warehouse from the shipped figures and the inbox, if the audit passes."""
    overrides = {k: v for k, v in {"inbox": inbox, "dir": warehouse_dir}.items() if v}
    settings = Settings(**overrides)
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    # One writer per warehouse: a second refresh waits for the first, then builds on its own.
    with _one_refresh_at_a_time(settings):
        observations = load(settings)
        audit, docs_site = build(settings)
        publish_build(settings, docs_site)
        export_published(settings)
        return report(settings, observations, audit)
