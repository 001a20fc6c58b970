"""The command-line interface: refresh, check raw files, serve on a schedule, list and remove
stored files, query read-only, extract figures from articles."""

import argparse
import os
import shlex
import sys
from pathlib import Path

import duckdb

from flows.extract.command import add_extract_arguments, run_extract
from flows.raw_files import RawInputError
from flows.settings import Settings

WAREHOUSE_DIR_HELP = "where the warehouse is published (env WAREHOUSE_DIR, default ./warehouse)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flows", description="Vietnamese provincial industry and trade warehouse."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="load, build, audit and publish the warehouse")
    run.add_argument(
        "--inbox",
        help="folder of raw CSV files to load beside the shipped ones; once published, they are kept in the store (env WAREHOUSE_INBOX)",
    )
    run.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)
    run.add_argument(
        "--verbose", action="store_true", help="also show dbt's and Prefect's logs (always in WAREHOUSE_DIR/logs)"
    )

    check = commands.add_parser(
        "check",
        help="check the shipped raw files, the stored ones and the inbox against the contract; builds and writes nothing",
    )
    check.add_argument("--inbox", help="folder of raw CSV files to check beside the shipped ones (env WAREHOUSE_INBOX)")
    check.add_argument("--warehouse-dir", help=f"whose stored files to check; {WAREHOUSE_DIR_HELP}")

    serve = commands.add_parser(
        "serve",
        help="refresh on a schedule (env WAREHOUSE_SCHEDULE_CRON, WAREHOUSE_SCHEDULE_TIMEZONE); "
        "starts a local Prefect server unless PREFECT_API_URL is set",
    )
    serve.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

    files = commands.add_parser("files", help="list the raw files the warehouse keeps from earlier inboxes")
    files.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

    remove = commands.add_parser("remove", help="take stored files out; the next refresh publishes without them")
    remove.add_argument(
        "names",
        nargs="+",
        metavar="FILE|SOURCE_ID",
        help="a stored file's name, the name it came under, or a source id",
    )
    remove.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

    query = commands.add_parser("query", help="run SQL on the published warehouse, read-only")
    query.add_argument("sql", help='e.g. "select * from marts.fct_exports_by_year"')
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    query.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

    extract = commands.add_parser("extract", help="propose raw observation rows from an article's text, for review")
    add_extract_arguments(extract)
    return parser


def _settings(warehouse_dir: str | None) -> Settings:
    return Settings(dir=Path(warehouse_dir)) if warehouse_dir else Settings()


def _run(args: argparse.Namespace) -> int:
    # Prefect and dbt are imported only when a refresh runs, so `query` starts fast; Prefect
    # only when a Prefect API is configured: else the stages run in this process, with no server.
    # Prefect first, so that its logging is set up before dbt's imports touch the root logger.
    if os.environ.get("PREFECT_API_URL"):
        from flows.refresh import warehouse_refresh as refresh
    else:
        from flows.stages import refresh_in_process as refresh
    from flows.build import AuditFailed
    from flows.progress import refresh_output, shown
    from flows.stages import settings_for

    settings = settings_for(args.inbox, args.warehouse_dir)
    with refresh_output(settings.log_dir, args.verbose):
        try:
            summary = refresh(inbox=args.inbox, warehouse_dir=args.warehouse_dir)
        except (RawInputError, AuditFailed, TimeoutError) as error:  # TimeoutError: another refresh held the lock
            failure = error
        else:
            failure = None
    if failure is not None:
        print(f"refresh failed: {failure}")
        print(f"Logs: {shown(settings.log_dir)}")
        return 1
    print()
    print(summary.as_text(_query_command(args.warehouse_dir), shown))
    return 0


def _check(args: argparse.Namespace) -> int:
    from flows.check import check_raw_files

    settings = _settings(args.warehouse_dir)
    if args.inbox:
        settings = settings.model_copy(update={"inbox": Path(args.inbox)})
    try:
        print(check_raw_files(settings))
    except RawInputError as error:
        print("\n".join(error.messages))
        print(f"{len(error.messages)} problem(s); a refresh would load nothing")
        return 1
    return 0


def _query_command(warehouse_dir: str | None) -> str:
    from flows.progress import shown

    command = f"{shlex.quote(shown(Path(sys.executable)))} -m flows query"
    return command + (f" --warehouse-dir {shlex.quote(warehouse_dir)}" if warehouse_dir else "")


def _serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_refresh

    serve_refresh(_settings(args.warehouse_dir))
    return 0


def _files(args: argparse.Namespace) -> int:
    from flows.store import Store, listing

    print(listing(Store(_settings(args.warehouse_dir).store_dir)))
    return 0


def _remove(args: argparse.Namespace) -> int:
    from flows.store import NothingStoredMatches, RemovalWouldBreak, remove

    try:
        removed = remove(_settings(args.warehouse_dir), args.names)
    except (NothingStoredMatches, RemovalWouldBreak, TimeoutError) as error:  # TimeoutError: a refresh held the lock
        print(f"remove failed: {error}")
        return 1
    for stored in removed:
        print(f"Removed {stored.label} ({stored.original_name}: {', '.join(stored.source_ids)}; {stored.rows} rows)")
    print("The next refresh publishes without them.")
    return 0


def _query(args: argparse.Namespace) -> int:
    from flows.query import run_query

    try:
        run_query(_settings(args.warehouse_dir).serving_path, args.sql, as_csv=args.csv)
    except (duckdb.Error, FileNotFoundError) as error:
        print(f"query failed: {error}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    return {
        "run": _run,
        "check": _check,
        "serve": _serve,
        "files": _files,
        "remove": _remove,
        "query": _query,
        "extract": run_extract,
    }[args.command](args)
