"""Load raw files into a fresh build database: read them, apply the contract's rules, keep the good rows.

Each file is read once, straight into the build file (flows/intake.py, flows/sql/raw_tables.sql).
The rules are queries over what was read, beside a scratch database (`intake.duckdb`) that holds
the reference and the problems found; only if there are none do raw.sources and raw.observations
appear, as views over the records kept (flows/sql/raw_views.sql).
"""

from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows.intake import read_into_tables
from flows.raw_files import Problems, RawFile, RawInputError, find_raw_files
from flows.reference import Reference
from flows.settings import MEMORY_LIMIT, PROJECT_DIR, STORAGE_COMPATIBILITY_VERSION, Settings
from flows.validate import add_reference, check_rows, run_sql


def files_to_load(settings: Settings) -> list[RawFile]:
    """The shipped files, then the inbox's; each named in messages as the project names its folder."""
    directories = settings.raw_dirs()
    return find_raw_files(directories, [_label(d) for d in directories])


def _label(directory: Path) -> str:
    resolved = directory.resolve()
    return str(resolved.relative_to(PROJECT_DIR)) if resolved.is_relative_to(PROJECT_DIR) else resolved.name


def load_raw(files: list[RawFile], reference: Reference, build_path: Path) -> dict[str, int]:
    """Create raw.sources and raw.observations in a new build file and return their row counts,
    or raise RawInputError naming every problem, with no build file left behind."""
    build_path.parent.mkdir(parents=True, exist_ok=True)
    # The intake is a database file of its own (its catalog is named after it): nothing of it
    # reaches the build. (Held in memory instead, it made a national load about 1.5 s slower.)
    intake_path = build_path.with_name("intake.duckdb")
    scratch = build_path.with_name("scratch.jsonl")
    _discard(intake_path)
    _discard(build_path)
    try:
        with duckdb.connect(str(intake_path), config={"memory_limit": MEMORY_LIMIT}) as con:
            run_sql(con, "intake_tables.sql")
            add_reference(con, reference)
            con.execute(f"attach ? as warehouse (storage_version '{STORAGE_COMPATIBILITY_VERSION}')", [str(build_path)])
            con.execute("use warehouse")
            run_sql(con, "raw_tables.sql")
            con.execute("set variable loaded_at = ?", [datetime.now(UTC)])
            problems = Problems()
            read_into_tables(con, files, scratch, problems)
            run_sql(con, "typed_records.sql")
            check_rows(con, reference, scratch, problems)
            if problems.messages:
                raise RawInputError(problems.messages)
            run_sql(con, "raw_views.sql")
            return {
                table: con.execute(f"select count(*) from raw.{table}").fetchone()[0]
                for table in ("sources", "observations")
            }
    except RawInputError:
        _discard(build_path)
        raise
    finally:
        _discard(intake_path)
        if not build_path.exists():
            with suppress(OSError):  # a build folder this load made and left empty
                build_path.parent.rmdir()


def _discard(database: Path) -> None:
    for leftover in (database, database.with_name(database.name + ".wal")):
        leftover.unlink(missing_ok=True)
