"""The run report: what was published, what the audit found, how to query it."""

from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows.build import AuditResult

YEARLY_FACTS = ("fct_industrial_output_by_year", "fct_exports_by_year", "fct_retail_by_year")
EXAMPLE_QUERY = "select year, value, unit, target_value, plan_attainment_pct, growth_check from marts.fct_exports_by_year order by year"


@dataclass
class RefreshSummary:
    serving_path: Path
    rows_per_fact: dict[str, int]
    observations_loaded: int
    audit: AuditResult

    def as_markdown(self) -> str:
        facts = "\n".join(f"| `marts.{name}` | {rows} |" for name, rows in self.rows_per_fact.items())
        warnings = "\n".join(f"- {w}" for w in self.audit.warned) or "- none"
        return (
            "# Warehouse refresh\n\n"
            f"Published `{self.serving_path}` from {self.observations_loaded} observations.\n\n"
            "| fact | rows |\n|---|---|\n"
            f"{facts}\n\n"
            f"Audit: {len(self.audit.passed)} passed, {len(self.audit.warned)} warned, {len(self.audit.failed)} failed.\n\n"
            f"Warnings:\n{warnings}\n\n"
            "Query it read-only:\n\n"
            f'```sh\nduckdb -readonly {self.serving_path} "{EXAMPLE_QUERY}"\n```\n'
        )


def summarise(serving_path: Path, observations_loaded: int, audit: AuditResult) -> RefreshSummary:
    with duckdb.connect(str(serving_path), read_only=True) as con:
        rows = {name: con.table(f"marts.{name}").count("*").fetchall()[0][0] for name in YEARLY_FACTS}
    return RefreshSummary(serving_path, rows, observations_loaded, audit)
