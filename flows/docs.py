"""The dbt documentation site, generated from the audited build and published beside the warehouse."""

import os
import shutil
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


def publish_docs(site: Path, docs_path: Path) -> Path:
    """Replace the published page in one rename, so a reader never opens half of it."""
    docs_path.parent.mkdir(parents=True, exist_ok=True)
    pending = docs_path.with_name(f".{docs_path.name}.pending")
    shutil.copyfile(site, pending)
    os.replace(pending, docs_path)
    return docs_path
