"""The dbt documentation site, generated from the audited build; publish puts it beside the warehouse."""

from pathlib import Path

from flows.build import DbtRunner


class DocsFailed(Exception):
    """dbt could not generate the documentation site."""


def generate_docs(runner: DbtRunner) -> Path:
    """`dbt docs generate --static` on the build file (the catalog needs it); return the one-page site.
    The runner has just built: its manifest already holds the compiled SQL, so nothing is compiled again."""
    result = runner.invoke(["docs", "generate", "--static", "--no-compile"])
    if not result.success:
        raise DocsFailed(f"dbt docs generate failed: {result.exception}")
    return runner.settings.dbt_target_dir / "static_index.html"
