"""How far two careful analysts agree, and how the extractor does against what they agree on.

Some articles were labelled twice, by two people who saw neither each other's labels nor the
extractor's output: eval/labels/ holds the first labelling, eval/second_labels/ the second. On the
full key of `make eval`, this prints per part of the corpus:

- the second labelling scored against the first, as if it were the extractor: the agreement two
  people reach under the written conventions, a ceiling for any extractor scored against one;
- the extractor against each labelling;
- the extractor's recall on the figures both labellings hold, and its precision against the
  figures either holds: a miss then is a figure both people transcribe, an extra row one neither does.

Totals only: these parts are held back (eval/README.md).
"""

import argparse
import csv
import sys
from collections import Counter

from bench.extract_eval import EVAL_DIR, SPLITS, Article, corpus, full_key, scores

SECOND_DIR = EVAL_DIR / "second_labels"


def second_labels(article: Article) -> set[tuple[str, ...]]:
    with (SECOND_DIR / f"{article.source_id}.csv").open(encoding="utf-8", newline="") as f:
        return {full_key(row) for row in csv.DictReader(f)}


def _line(name: str, hits: int, proposed: int, labelled: int) -> str:
    precision, recall, f1 = scores(hits, proposed, labelled)
    return f"  {name:44} {hits:4} of {proposed:4} / {labelled:4}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


def compare(articles: list[Article], show_rows: bool) -> None:
    totals: dict[str, Counter[str]] = {}
    for article in articles:
        first, second = set(article.labels()), second_labels(article)
        proposed = {full_key(row) for row in article.extract().rows}
        both, either = first & second, first | second
        totals.setdefault(article.split, Counter()).update(
            articles=1,
            first=len(first),
            second=len(second),
            agreed=len(both),
            either=len(either),
            proposed=len(proposed),
            hits_first=len(proposed & first),
            hits_second=len(proposed & second),
            hits_both=len(proposed & both),
            hits_either=len(proposed & either),
        )
        if show_rows and first != second:
            print(article.source_id)
            for row in sorted(first - second):
                print(f"    first only   {row}")
            for row in sorted(second - first):
                print(f"    second only  {row}")
    for split in sorted(totals, key=SPLITS.index):
        _report(split, totals[split])
    if len(totals) > 1:
        _report("all of them", sum(totals.values(), Counter()))


def _report(name: str, t: Counter[str]) -> None:
    print(f"\n{name}: {t['articles']} articles labelled twice")
    print(_line("second labelling against the first", t["agreed"], t["second"], t["first"]))
    print(_line("extractor against the first", t["hits_first"], t["proposed"], t["first"]))
    print(_line("extractor against the second", t["hits_second"], t["proposed"], t["second"]))
    recall = scores(t["hits_both"], t["proposed"], t["agreed"])[1]
    precision = scores(t["hits_either"], t["proposed"], t["either"])[0]
    print(f"  {'extractor, of the figures both hold':44} {t['hits_both']:4} of {t['agreed']:4}  R {recall:.3f}")
    print(f"  {'extractor, its rows either holds':44} {t['hits_either']:4} of {t['proposed']:4}  P {precision:.3f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.label_agreement", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="list the figures the two labellings disagree on")
    args = parser.parse_args(argv)
    twice = {path.stem for path in SECOND_DIR.glob("*.csv")}
    compare([a for a in corpus() if a.source_id in twice], args.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
