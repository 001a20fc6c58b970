"""How the rules of earlier commits score on parts none of them read, beside the working tree's.

    python bench/rules_over_time.py COMMIT... [--parts fresh30 fresh31]

Each commit is checked out into a temporary git worktree, and its `flows extract` (its rules and
vocabularies) runs in a child process on the articles of eval/ as they are now; the rows it proposes
are scored here on the full key, as `make eval` scores them. Run on held-back parts, it shows how much
of the rules' growth since each commit carried over to text they were never tuned on.

It is run as a script, not with `-m`, so that the child imports the old checkout's `flows` package
and not this one's.
"""

import argparse
import csv
import inspect
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported only where scored: the child must import the old checkout's flows, not this one's
    from bench.extract_eval import Article

PROJECT_DIR = Path(__file__).resolve().parent.parent
EVAL_DIR = PROJECT_DIR / "eval"


def propose(checkout: Path, parts: list[str]) -> None:
    """In the child: every article's proposed rows, by the checkout's rules, as JSON lines on stdout."""
    sys.path.insert(0, str(checkout))
    from flows.extract import extract_article  # the checkout's, by the path set just above

    takes_kind = "kind" in inspect.signature(extract_article).parameters  # older rules had no --kind
    with (EVAL_DIR / "corpus.csv").open(encoding="utf-8", newline="") as f:
        articles = [a for a in csv.DictReader(f) if a["split"] in parts]
    for a in articles:
        text = (EVAL_DIR / "articles" / f"{a['source_id']}.txt").read_text(encoding="utf-8")
        options = {"kind": a["kind"] or "press"} if takes_kind else {}
        rows = extract_article(text, a["published_on"], a["language"], a["province"] or None, **options).rows
        print(json.dumps({"source_id": a["source_id"], "rows": [row.__dict__ for row in rows]}))


def proposed_by(commit: str, parts: list[str]) -> dict[str, list[dict[str, str]]]:
    """Rows by source_id, as the rules of `commit` (or of the working tree, for "HEAD+") propose them."""
    with tempfile.TemporaryDirectory() as scratch:
        checkout = PROJECT_DIR if commit == "HEAD+" else Path(scratch) / "checkout"
        if commit != "HEAD+":
            _git("worktree", "add", "--quiet", "--detach", str(checkout), commit)
        try:
            child = [sys.executable, __file__, "--propose", str(checkout), "--parts", *parts]
            out = subprocess.run(child, cwd=checkout, check=True, capture_output=True, text=True).stdout
        finally:
            if commit != "HEAD+":
                _git("worktree", "remove", "--force", str(checkout))
    return {line["source_id"]: line["rows"] for line in map(json.loads, out.splitlines())}


def corpus_size(commit: str, parts: list[str]) -> int:
    """Articles of eval/ at `commit` outside `parts`: what its rules could have been read against
    (held-back parts of the time included)."""
    if commit == "HEAD+":
        text = (EVAL_DIR / "corpus.csv").read_text(encoding="utf-8")
    else:
        text = _git("show", f"{commit}:eval/corpus.csv")
    return sum(a["split"] not in parts for a in csv.DictReader(io.StringIO(text)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python bench/rules_over_time.py", description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="*", help='commits whose rules to score ("HEAD+" is the working tree)')
    parser.add_argument("--parts", nargs="+", default=["fresh30", "fresh31"], help="parts of eval/ to score on")
    parser.add_argument("--propose", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.propose:
        propose(args.propose, args.parts)
        return 0

    sys.path.insert(0, str(PROJECT_DIR))
    from bench.extract_eval import corpus

    articles = [a for a in corpus() if a.split in args.parts]
    columns = {part: [a for a in articles if a.split == part] for part in args.parts}
    if len(columns) > 1:
        columns["together"] = articles
    print(f"{'rules of':12} {'committed':11} {'eval/ then':>10}  " + "  ".join(f"{c:^34}" for c in columns))
    for commit in [*args.commits, "HEAD+"]:
        rows = proposed_by(commit, args.parts)
        date = "now" if commit == "HEAD+" else _git("log", "-1", "--format=%ad", "--date=format:%m-%d %H:%M", commit)
        cells = [_cell(rows, column) for column in columns.values()]
        print(f"{commit[:12]:12} {date:11} {corpus_size(commit, args.parts):10}  " + "  ".join(cells))
    print(f"\nEach cell: rows right / rows proposed / figures labelled, over {len(articles)} articles.")
    return 0


def _cell(rows: dict[str, list[dict[str, str]]], articles: "list[Article]") -> str:
    """`right/proposed/labelled P … R …` of `rows` over `articles`, on the full key."""
    from bench.extract_eval import full_key, scores

    right = proposed = labelled = 0
    for a in articles:
        keys, labels = {full_key(r) for r in rows.get(a.source_id, [])}, set(a.labels())
        right, proposed, labelled = right + len(keys & labels), proposed + len(keys), labelled + len(labels)
    precision, recall, _ = scores(right, proposed, labelled)
    return f"{right:3}/{proposed:3}/{labelled:3} P {precision:.3f} R {recall:.3f}"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=PROJECT_DIR, check=True, capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
