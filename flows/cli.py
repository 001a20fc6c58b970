"""The command-line interface to the refresh."""

import argparse

from filelock import Timeout

from flows.build import AuditFailed
from flows.report import EXAMPLE_QUERY
from flows.validate import RawInputError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flows", description="Vietnamese provincial industry and trade warehouse."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="load, build, audit and publish the warehouse")
    run.add_argument("--inbox", help="folder of raw CSV files to load beside the shipped ones (env WAREHOUSE_INBOX)")
    run.add_argument(
        "--warehouse-dir", help="where the warehouse is published (env WAREHOUSE_DIR, default ./warehouse)"
    )
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from flows.refresh import warehouse_refresh  # Prefect is imported only when a refresh runs

    try:
        summary = warehouse_refresh(inbox=args.inbox, warehouse_dir=args.warehouse_dir)
    except (RawInputError, AuditFailed, Timeout) as error:
        print(f"refresh failed: {error}")
        return 1
    audit = summary.audit
    print(f"Published {summary.serving_path}")
    for name, rows in summary.rows_per_fact.items():
        print(f"  marts.{name}: {rows} rows")
    print(f"Audit: {len(audit.passed)} passed, {len(audit.warned)} warned, {len(audit.failed)} failed")
    print(f'Try: duckdb -readonly {summary.serving_path} "{EXAMPLE_QUERY}"')
    return 0
