"""`python -m flows run`, killed with SIGKILL in the middle of one stage: a power cut on demand.

    python -m tests.dying_refresh STAGE [run options]

STAGE is where the process dies:
  load     the build file has its sources, the observations are not yet written
  build    dbt is materialising a fact table
  audit    dbt is running the data tests of the facts
  publish  the build file is checkpointed, the rename over the serving file not yet done
  store    the audit passed; the first new inbox file is written into the store under its
           temporary name, not yet synced or renamed (run it with --inbox)

The tripwires are set here, from outside the production code, by wrapping the functions the
flow calls or by watching dbt's log as it is written.
"""

import os
import re
import signal
import sys
import threading
import time
from pathlib import Path

import flows.publish
import flows.store
import flows.validate
from flows.cli import main
from flows.settings import Settings

DBT_LOG_LINES = {
    "build": re.compile(r"START sql table model marts\.fct_"),
    "audit": re.compile(r"START test \S*fct_"),
}


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def die_checking_observations() -> None:
    """Every file is read into the build file; the rules on observations are about to run."""
    run_sql = flows.validate.run_sql

    def run_sql_or_die(con, name: str) -> None:
        if name == "check_observations.sql":
            die()
        run_sql(con, name)

    flows.validate.run_sql = run_sql_or_die


def die_when_dbt_logs(line: re.Pattern[str], log: Path) -> None:
    def watch() -> None:
        while True:
            if log.exists() and line.search(log.read_text(encoding="utf-8", errors="replace")):
                die()
            time.sleep(0.01)

    threading.Thread(target=watch, daemon=True).start()


def die_before_the_rename() -> None:
    fsync = flows.publish.fsync

    def fsync_then_die(path: Path) -> None:
        fsync(path)
        if path.suffix == ".duckdb":  # the build file is synced; os.replace comes next
            die()

    flows.publish.fsync = fsync_then_die


def die_storing_the_first_file() -> None:
    sync = flows.store._sync

    def die_before_syncing_a_copy(path: Path) -> None:
        if path.name.endswith(".csv.partial"):  # written, neither synced nor renamed to its hash
            die()
        sync(path)

    flows.store._sync = die_before_syncing_a_copy


if __name__ == "__main__":
    stage, argv = sys.argv[1], sys.argv[2:]
    if stage == "load":
        die_checking_observations()
    elif stage in DBT_LOG_LINES:
        log = Settings().log_dir / "dbt.log"
        log.unlink(missing_ok=True)  # only this run's lines count
        die_when_dbt_logs(DBT_LOG_LINES[stage], log)
    elif stage == "publish":
        die_before_the_rename()
    elif stage == "store":
        die_storing_the_first_file()
    else:
        sys.exit(f"unknown stage {stage!r}")
    sys.exit(main(argv))
