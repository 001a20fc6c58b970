"""The dbt documentation site, generated from the audited build; publish puts it beside the warehouse."""

from pathlib import Path

from flows.build import DbtRunner
from flows.settings import Settings


class DocsFailed(Exception):
    """dbt could not generate the documentation site."""


def generate_docs(settings: Settings) -> Path:
    """`dbt docs generate --static` on the build file (the catalog needs it); return the one-page site."""
    result = DbtRunner(settings).invoke(["docs", "generate", "--static", "--log-path", str(settings.dbt_log_dir)])
    if not result.success:
        raise DocsFailed(f"dbt docs generate failed: {result.exception}")
    return settings.dbt_target_dir / "static_index.html"
