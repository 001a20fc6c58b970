"""Build and audit: `dbt build` (seeds, models, every test) on the build file, in-process.

dbt runs once, as one step of the refresh. A Prefect task run per dbt node (what prefect-dbt's
runner does) costs an API round trip per node and, with ~140 nodes, more than the build itself;
dbt's own log lists every node, and the run report every warning.
"""

import os
from dataclasses import dataclass, field

from dbt.cli.main import dbtRunner, dbtRunnerResult
from dbt.contracts.graph.manifest import Manifest
from dbt_common.events.base_types import EventMsg

from flows import progress
from flows.settings import PROJECT_DIR, Settings

# What `dbt build` runs, one node each: the progress counts them as they finish.
BUILT_RESOURCE_TYPES = {"model", "seed", "snapshot", "test"}


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


class DbtRunner:
    """dbt, in-process, on the build file. The project is parsed once: every command after that
    (the build, then the docs) reuses the manifest, which holds the SQL the build compiled."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._manifest: Manifest | None = None
        self._nodes_total = 0
        self._nodes_done = 0

    def invoke(self, args: list[str]) -> dbtRunnerResult:
        os.environ["WAREHOUSE_BUILD_PATH"] = str(self.settings.build_path)  # read by profiles.yml
        common = ["--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)]
        common += ["--target-path", str(self.settings.dbt_target_dir), "--log-path", str(self.settings.log_dir)]
        # The full log always goes to the log folder, plain; the console gets it only when asked.
        common += ["--no-use-colors-file", "--use-colors" if progress.output.colour else "--no-use-colors"]
        common += ["--log-level-file", "info"] + ([] if progress.output.shown else ["--log-level", "none"])
        if self._manifest is None:  # the build writes manifest.json; the parse need not write it first
            parsed = dbtRunner().invoke(["parse", "--no-write-json", *common])
            self._manifest = parsed.result if parsed.success else None  # else the command itself reports why
        if self._manifest is not None:
            self._nodes_total = len(self._manifest.unit_tests) + sum(
                node.resource_type in BUILT_RESOURCE_TYPES for node in self._manifest.nodes.values()
            )
        self._nodes_done = 0
        return dbtRunner(manifest=self._manifest, callbacks=[self._count]).invoke([*args, *common])

    def _count(self, event: EventMsg) -> None:
        if event.info.name == "NodeFinished":
            self._nodes_done += 1
            progress.nodes_done(self._nodes_done, self._nodes_total)


def run_dbt_build(runner: DbtRunner) -> AuditResult:
    """Run every dbt node against the build file and sort the results by outcome."""
    audit = AuditResult()
    result = runner.invoke(["build"])
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


def build_and_audit(runner: DbtRunner) -> AuditResult:
    """The audit gate: the build's results, or AuditFailed if any error-level node failed."""
    audit = run_dbt_build(runner)
    if not audit.ok:
        raise AuditFailed(audit, runner.settings.build_path)
    return audit
