"""`python -m flows extract`: the rows to a CSV file or stdout, the review listing to a file or stderr."""

import argparse
import sys
from pathlib import Path

from flows.extract import extract_article, observations_csv, review_listing
from flows.extract.rows import Publication
from flows.reference import load_reference


class ExtractError(Exception):
    """The command cannot run as asked; the message says which argument and why."""


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", help="the article's text, a UTF-8 file")
    parser.add_argument("--source-id", required=True, help="the source_id of the article's row in a sources file")
    parser.add_argument(
        "--published-on", required=True, help="YYYY, YYYY-MM or YYYY-MM-DD; resolves 'năm nay', 'this year'"
    )
    parser.add_argument(
        "--language", choices=("vi", "en"), help="how the article writes numbers (default: from its letters)"
    )
    parser.add_argument("--province", help="GSO code of the province (default: the province the text names)")
    parser.add_argument(
        "--kind",
        choices=("press", "yearbook", "report", "resolution"),
        default="press",
        help="the source's kind: a yearbook's figures are actual, the press's recent ones estimates (default: press)",
    )
    parser.add_argument("--output", help="write the proposed rows to this CSV file (default: stdout)")
    parser.add_argument("--review", help="write what was seen and not proposed to this file (default: stderr)")


def run_extract(args: argparse.Namespace) -> int:
    try:
        text = _read(Path(args.article))
        Publication.parse(args.published_on)  # a wrong date is named before any work
        if args.province is not None and args.province not in _province_codes():
            raise ExtractError(f"--province: not a province code of the reference (got {args.province!r})")
        extraction = extract_article(text, args.published_on, args.language, args.province, args.kind)
    except ValueError as error:
        print(f"extract failed: --published-on: {error}", file=sys.stderr)
        return 1
    except ExtractError as error:
        print(f"extract failed: {error}", file=sys.stderr)
        return 1
    rows = observations_csv(extraction.rows, args.source_id)
    review = review_listing(extraction.skipped, args.article)
    if args.output:
        Path(args.output).write_text(rows, encoding="utf-8")
    else:
        sys.stdout.write(rows)
    if args.review:
        Path(args.review).write_text(review, encoding="utf-8")
    else:
        sys.stderr.write(review)
    print(f"{len(extraction.rows)} row(s) proposed, {len(extraction.skipped)} figure(s) to review", file=sys.stderr)
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExtractError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise ExtractError(f"{path}: not UTF-8 text (byte {error.start})") from None


def _province_codes() -> set[str]:
    return {province.code for province in load_reference().provinces}
