"""The command-line interface: refresh, check raw files, serve on a schedule, query read-only,
extract figures from articles."""

import argparse
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
    run.add_argument("--inbox", help="folder of raw CSV files to load beside the shipped ones (env WAREHOUSE_INBOX)")
    run.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

    check = commands.add_parser(
        "check", help="check the shipped raw files and the inbox against the contract; builds and writes nothing"
    )
    check.add_argument("--inbox", help="folder of raw CSV files to check beside the shipped ones (env WAREHOUSE_INBOX)")

    serve = commands.add_parser(
        "serve",
        help="refresh on a schedule (env WAREHOUSE_SCHEDULE_CRON, WAREHOUSE_SCHEDULE_TIMEZONE); "
        "starts a local Prefect server unless PREFECT_API_URL is set",
    )
    serve.add_argument("--warehouse-dir", help=WAREHOUSE_DIR_HELP)

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
    # Prefect and dbt are imported only when a refresh runs, so `query` starts fast.
    from flows.build import AuditFailed
    from flows.refresh import warehouse_refresh
    from flows.report import EXAMPLE_QUERY

    try:
        summary = warehouse_refresh(inbox=args.inbox, warehouse_dir=args.warehouse_dir)
    except (RawInputError, AuditFailed, TimeoutError) as error:  # TimeoutError: another refresh held the lock
        print(f"refresh failed: {error}")
        return 1
    audit = summary.audit
    print(f"Published {summary.serving_path}")
    for name, rows in summary.rows_per_fact.items():
        print(f"  marts.{name}: {rows} rows")
    print(f"Audit: {len(audit.passed)} passed, {len(audit.warned)} warned, {len(audit.failed)} failed")
    if summary.inconsistent_figures:
        print(f"{len(summary.inconsistent_figures)} inconsistent published figure(s): see the run report")
    if summary.revised_figures:
        print(f"{len(summary.revised_figures)} published figure(s) revised by later levels: see the run report")
    print(f"Run report: {summary.serving_path.parent / 'run_report.md'}")
    print(f'Try: duckdb -readonly {summary.serving_path} "{EXAMPLE_QUERY}"')
    return 0


def _check(args: argparse.Namespace) -> int:
    from flows.check import check_raw_files

    settings = Settings(inbox=Path(args.inbox)) if args.inbox else Settings()
    try:
        print(check_raw_files(settings))
    except RawInputError as error:
        print("\n".join(error.messages))
        print(f"{len(error.messages)} problem(s); a refresh would load nothing")
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_refresh

    serve_refresh(_settings(args.warehouse_dir))
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
    return {"run": _run, "check": _check, "serve": _serve, "query": _query, "extract": run_extract}[args.command](args)
