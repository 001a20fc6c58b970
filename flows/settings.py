"""Where the warehouse lives: configured by environment, with defaults that work in a checkout."""

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHIPPED_RAW_DIR = PROJECT_DIR / "seeds" / "raw"
REFERENCE_DIR = PROJECT_DIR / "seeds" / "reference"
SERVING_FILE_NAME = "warehouse.duckdb"
WORKBOOK_NAME = "warehouse.xlsx"  # the spreadsheet among the exports
# BI drivers bundle older DuckDB: every file this project writes stays readable by DuckDB 1.4.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"
MEMORY_LIMIT = "1GB"  # for the refresh's DuckDB, as in profiles.yml: it spills to disk rather than grow past it


class Settings(BaseSettings):
    """`WAREHOUSE_DIR`, `WAREHOUSE_INBOX` and the rest by `WAREHOUSE_<NAME>`; the CLI's flags override them."""

    model_config = SettingsConfigDict(env_prefix="WAREHOUSE_")

    dir: Path = Path("warehouse")
    inbox: Path | None = None
    lock_timeout_s: float = 600  # how long a refresh waits for another one on the same warehouse
    schedule_cron: str = "0 6 * * *"  # when `serve` refreshes: daily at 06:00 ...
    schedule_timezone: str = "Asia/Ho_Chi_Minh"  # ... Vietnam time
    server_port: int = 4200  # the local Prefect server `serve` starts when PREFECT_API_URL is unset

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
    def log_dir(self) -> Path:
        """The full logs of refreshes: ours, dbt's and Prefect's."""
        return self.warehouse_dir / "logs"

    @property
    def report_path(self) -> Path:
        return self.warehouse_dir / "run_report.md"

    @property
    def exports_link(self) -> Path:
        """Parquet and spreadsheet exports of the published warehouse (a symlink swapped on publish)."""
        return self.warehouse_dir / "exports"

    @property
    def docs_path(self) -> Path:
        """The dbt documentation site of the published warehouse, one self-contained page."""
        return self.warehouse_dir / "docs" / "index.html"

    @property
    def store_dir(self) -> Path:
        """The raw files that earlier refreshes' inboxes added, kept for every later refresh (flows/store.py)."""
        return self.warehouse_dir / "store"

    @property
    def prefect_home(self) -> Path:
        """State of the local Prefect server that `serve` starts (SQLite database, logs)."""
        return self.warehouse_dir / ".prefect"

    def raw_dirs(self) -> list[Path]:
        """The shipped figures first, then the user's inbox."""
        return [SHIPPED_RAW_DIR] + ([self.inbox.resolve()] if self.inbox else [])
