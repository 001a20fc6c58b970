"""Where the warehouse lives: configured by environment, with defaults that work in a checkout."""

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHIPPED_RAW_DIR = PROJECT_DIR / "seeds" / "raw"
REFERENCE_DIR = PROJECT_DIR / "seeds" / "reference"
SERVING_FILE_NAME = "warehouse.duckdb"


class Settings(BaseSettings):
    """`WAREHOUSE_DIR` and `WAREHOUSE_INBOX`; the CLI's flags override them."""

    model_config = SettingsConfigDict(env_prefix="WAREHOUSE_")

    dir: Path = Path("warehouse")
    inbox: Path | None = None
    lock_timeout_s: float = 600  # how long a refresh waits for another one on the same warehouse

    @property
    def warehouse_dir(self) -> Path:
        return self.dir.resolve()

    @property
    def serving_path(self) -> Path:
        """The published warehouse that readers open."""
        return self.warehouse_dir / SERVING_FILE_NAME

    @property
    def build_path(self) -> Path:
        """The writer's file. Same file name as the serving one, so the catalog name
        (and every view that names it) stays `warehouse` after the rename."""
        return self.warehouse_dir / "build" / SERVING_FILE_NAME

    @property
    def dbt_target_dir(self) -> Path:
        return self.warehouse_dir / "dbt" / "target"

    @property
    def dbt_log_dir(self) -> Path:
        return self.warehouse_dir / "dbt" / "logs"

    @property
    def report_path(self) -> Path:
        return self.warehouse_dir / "run_report.md"

    def raw_dirs(self) -> list[Path]:
        """The shipped figures first, then the user's inbox."""
        return [SHIPPED_RAW_DIR] + ([self.inbox.resolve()] if self.inbox else [])
