"""The `warehouse_refresh` flow: the refresh's stages (flows/stages.py) as Prefect tasks.

Served and deployed runs go through here: Prefect adds task runs, logs, retries and the run
report as an artifact. It holds no logic of its own: the stages and their order are the ones a
plain refresh runs in-process.
"""

import logging
from collections.abc import Callable
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from flows import stages
from flows.report import RefreshSummary

_TASKS = {
    stage: task(stage, retries=stages.RETRIES.get(stage, 0), retry_delay_seconds=stages.RETRY_DELAY_S)
    for stage in stages.STAGES
}


def _as_task(stage: Callable[..., Any], *args: Any) -> Any:
    return _TASKS[stage](*args)


@flow(name="warehouse_refresh", log_prints=True)
def warehouse_refresh(inbox: str | None = None, warehouse_dir: str | None = None) -> RefreshSummary:
    """Refresh the serving warehouse from the shipped figures, the stored files and the inbox, if the
    audit passes; then keep the inbox's new files in the store."""
    # The stages' log lines also go to the run's logs in Prefect (its UI), as an extra logger's would.
    to_api = logging.getLogger("prefect.extra").handlers
    for handler in to_api:
        stages.log.addHandler(handler)
    try:
        summary = stages.run_stages(stages.settings_for(inbox, warehouse_dir), _as_task)
    finally:
        for handler in to_api:
            stages.log.removeHandler(handler)
    create_markdown_artifact(
        key="warehouse-refresh-report", markdown=summary.as_markdown(), description="Warehouse refresh"
    )
    return summary
