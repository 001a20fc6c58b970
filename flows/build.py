"""Build and audit: `dbt build` (seeds, models, every test) on the build file, in-process."""

import os
from dataclasses import dataclass, field

from prefect_dbt import PrefectDbtRunner, PrefectDbtSettings

from flows.settings import PROJECT_DIR, Settings


@dataclass
class AuditResult:
    passed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # errors and failing error-level tests

    @property
    def ok(self) -> bool:
        return not self.failed


class AuditFailed(Exception):
    """dbt build did not pass; the serving warehouse was left as it was."""

    def __init__(self, audit: AuditResult, build_path: os.PathLike[str]):
        self.audit = audit
        listing = "\n".join(f"  {name}" for name in audit.failed)
        super().__init__(
            f"the audit failed, nothing was published; the failed build is kept at {build_path}:\n{listing}"
        )


def dbt_runner(settings: Settings) -> PrefectDbtRunner:
    """dbt, in-process, on the build file; each dbt node shows as a Prefect task run."""
    os.environ["WAREHOUSE_BUILD_PATH"] = str(settings.build_path)  # read by profiles.yml
    return PrefectDbtRunner(
        settings=PrefectDbtSettings(
            project_dir=PROJECT_DIR,
            profiles_dir=PROJECT_DIR,
            target_path=settings.dbt_target_dir,
        ),
        raise_on_failure=False,
    )


def run_dbt_build(settings: Settings) -> AuditResult:
    """Run every dbt node against the build file and sort the results by outcome."""
    runner = dbt_runner(settings)
    audit = AuditResult()
    try:
        result = runner.invoke(["build", "--log-path", str(settings.dbt_log_dir)])
    except ValueError as error:  # the runner's word for a project dbt could not parse or run
        audit.failed.append(f"dbt: {error}")
        return audit
    if result.exception is not None:
        audit.failed.append(f"dbt: {result.exception}")
    for node in getattr(result.result, "results", None) or []:
        name = node.node.unique_id
        status = str(node.status)
        if status in ("error", "fail", "runtime error"):
            audit.failed.append(f"{name}: {node.message or status}")
        elif status == "warn":
            audit.warned.append(f"{name}: {node.message or status}")
        elif status in ("success", "pass"):
            audit.passed.append(name)
    if not result.success and not audit.failed:
        audit.failed.append("dbt build did not succeed")
    return audit


def build_and_audit(settings: Settings) -> AuditResult:
    """The audit gate: the build's results, or AuditFailed if any error-level node failed."""
    audit = run_dbt_build(settings)
    if not audit.ok:
        raise AuditFailed(audit, settings.build_path)
    return audit
