"""The `warehouse_refresh` flow: load, build and audit (and document), publish, export, report.

Each stage is a plain function elsewhere in this package; this module only orders them and
adds what Prefect gives (task runs, logs, retries, the report artifact).
"""

from itertools import chain
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows.build import AuditResult, DbtRunner, build_and_audit
from flows.docs import generate_docs
from flows.export import export
from flows.load import load_raw
from flows.lock import one_writer_at_a_time
from flows.publish import publish, replace_whole
from flows.raw_files import list_raw_files, open_raw_files
from flows.reference import load_reference
from flows.report import RefreshSummary, summarise
from flows.settings import PROJECT_DIR, Settings
from flows.store import Arrival, Store, StoredFile, arrivals


def _label(directory: Path) -> str:
    resolved = directory.resolve()
    return str(resolved.relative_to(PROJECT_DIR)) if resolved.is_relative_to(PROJECT_DIR) else resolved.name


@task
def load(settings: Settings) -> tuple[int, list[Arrival]]:
    """Validate the shipped figures, the stored files and the inbox's new files, and write them to a
    new build file; return the observations loaded and the inbox's files the store does not hold."""
    store = Store(settings.store_dir)
    store.tidy()  # what a killed or rejected refresh left in it
    shipped, *inbox = (list_raw_files(d, _label(d)) for d in settings.raw_dirs())
    new = [(path, label) for path, label in chain(*inbox) if not store.holds(path)]
    files = open_raw_files(shipped + store.labelled() + new)
    counts = load_raw(files, load_reference(), settings.build_path)
    get_run_logger().info("loaded %s from %d files, %d of them new", counts, len(files), len(new))
    return counts["observations"], arrivals(settings.build_path, files, first=len(files) - len(new))


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


@task
def keep_new_files(settings: Settings, new: list[Arrival]) -> list[StoredFile]:
    """Copy the inbox's new files into the store; it lists them only once they are published."""
    return Store(settings.store_dir).keep(new)


@task
def list_kept_files(settings: Settings, kept: list[StoredFile]) -> None:
    """The published warehouse holds them: from now on every refresh loads them too."""
    Store(settings.store_dir).add(kept)
    get_run_logger().info("stored %d new file(s) in %s", len(kept), settings.store_dir)


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
    """Refresh the serving warehouse from the shipped figures, the stored files and the inbox, if the
    audit passes; then keep the inbox's new files in the store."""
    overrides = {k: v for k, v in {"inbox": inbox, "dir": warehouse_dir}.items() if v}
    settings = Settings(**overrides)
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    # One writer per warehouse: a second refresh waits for the first, then builds on its own.
    with one_writer_at_a_time(settings):
        observations, new = load(settings)
        audit, docs_site = build(settings)
        kept = keep_new_files(settings, new) if new else []
        publish_build(settings, docs_site)
        if kept:
            list_kept_files(settings, kept)
        export_published(settings)
        return report(settings, observations, audit)
