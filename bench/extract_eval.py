"""`make eval`: how well `flows extract` proposes the rows an analyst transcribes, and how fast.

Runs the extractor on every article of eval/articles/ and compares its rows with the hand labels
in eval/labels/ on the full key (province, indicator, period, measure, status, comparator, unit,
value). Prints precision, recall and F1 per article and per part of the corpus, how many missed
figures the review listing names (printed form and sentence), which field each miss got wrong, every row whose quote or printed value is not verbatim in its article, and the
time to read a 2,000-character article. A held-back part prints its totals only: its misses stay
unread, so that it still measures rules that were not tuned on it.
"""

import argparse
import csv
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from flows.extract import Extraction, Row, Skipped, extract_article
from flows.settings import PROJECT_DIR

EVAL_DIR = PROJECT_DIR / "eval"
SHIPPED_ARTICLE = "baonamdinh-2020-01-sct-tong-ket-2019"
KEY_FIELDS = ("province_code", "indicator_code", "period", "measure", "status", "comparator", "unit", "value")
SPEED_CHARS = 2000
# Each later part was labelled after the one before it was first scored (eval/README.md).
SPLITS = (
    "tuning",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
)
# Scored blind and not mended: only their totals are printed (eval/README.md).
HELD_BACK = ("fresh16", "fresh24", "fresh31")


@dataclass(frozen=True)
class Article:
    source_id: str
    split: str
    language: str
    published_on: str
    province: str | None
    kind: str

    @property
    def text(self) -> str:
        return (EVAL_DIR / "articles" / f"{self.source_id}.txt").read_text(encoding="utf-8")

    def label_rows(self) -> list[dict[str, str]]:
        with (EVAL_DIR / "labels" / f"{self.source_id}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def labels(self) -> list[tuple[str, ...]]:
        return [full_key(row) for row in self.label_rows()]

    def extract(self) -> Extraction:
        return extract_article(self.text, self.published_on, self.language, self.province, self.kind)


def full_key(row: dict[str, str] | Row) -> tuple[str, ...]:
    values = row if isinstance(row, dict) else row.__dict__
    return tuple(f"{Decimal(values[f]).normalize():f}" if f == "value" else values[f] or "=" for f in KEY_FIELDS)


def corpus() -> list[Article]:
    with (EVAL_DIR / "corpus.csv").open(encoding="utf-8", newline="") as f:
        articles = [
            Article(r["source_id"], r["split"], r["language"], r["published_on"], r["province"] or None, r["kind"])
            for r in csv.DictReader(f)
        ]
    _check_split(articles)
    return articles


def _check_split(articles: list[Article]) -> None:
    """The split is the one eval/README.md fixes: per language, every third article by id is held
    out (among the first 30; the `fresh` part came later)."""
    articles = [a for a in articles if a.split in ("tuning", "heldout")]
    for language in {a.language for a in articles}:
        ordered = sorted(a.source_id for a in articles if a.language == language and a.source_id != SHIPPED_ARTICLE)
        held_out = {source_id for n, source_id in enumerate(ordered) if n % 3 == 2}
        for article in articles:
            if article.language == language and (article.source_id in held_out) != (article.split == "heldout"):
                raise SystemExit(f"eval/corpus.csv: {article.source_id}: split is not the documented one")


def scores(true_positives: int, proposed: int, labelled: int) -> tuple[float, float, float]:
    precision = true_positives / proposed if proposed else 1.0
    recall = true_positives / labelled if labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _nearest_fields(row: tuple[str, ...], others: list[tuple[str, ...]]) -> list[str]:
    """The fields in which `row` differs from the most alike of `others`, if it differs in two at most."""
    best = min((sum(a != b for a, b in zip(row, o, strict=True)), o) for o in others) if others else None
    if best is None or best[0] > 2:
        return ["(no similar row)"]
    return [f for f, a, b in zip(KEY_FIELDS, row, best[1], strict=True) if a != b]


def _listed(label: dict[str, str], skipped: list[Skipped]) -> bool:
    """Whether a label's figure is in the review listing: its printed form, in its sentence."""
    printed, quote = label["value_as_published"], " ".join(label["quote"].split())
    return bool(printed) and any(
        printed in s.printed and (quote[:40] in " ".join(s.sentence.split()) or s.sentence[:40] in quote)
        for s in skipped
    )


def _not_verbatim(article: Article, rows: list[Row]) -> list[str]:
    text = " ".join(article.text.split())
    problems = []
    for row in rows:
        if row.quote not in text:
            problems.append(f"{article.source_id}: quote not in the text: {row.quote!r}")
        if row.value_as_published and row.value_as_published not in row.quote:
            problems.append(f"{article.source_id}: {row.value_as_published!r} not in its quote")
    return problems


def evaluate(articles: list[Article], show_rows: bool) -> bool:
    totals: dict[str, Counter[str]] = {}
    field_misses: dict[str, Counter[str]] = {}
    not_verbatim: list[str] = []
    print(f"{'split':8} {'article':52} {'labels':>6} {'rows':>5} {'hits':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for article in sorted(articles, key=lambda a: (SPLITS.index(a.split), a.source_id)):
        extraction = article.extract()
        rows, label_rows = extraction.rows, article.label_rows()
        proposed, labelled = [full_key(r) for r in rows], [full_key(label) for label in label_rows]
        hits = len(set(proposed) & set(labelled))
        precision, recall, f1 = scores(hits, len(set(proposed)), len(set(labelled)))
        missed = {full_key(label): label for label in label_rows if full_key(label) not in set(proposed)}
        listed = sum(_listed(label, extraction.skipped) for label in missed.values())
        total = totals.setdefault(article.split, Counter())
        total.update(hits=hits, proposed=len(set(proposed)), labelled=len(set(labelled)), listed=listed)
        not_verbatim += _not_verbatim(article, rows)
        if article.split in HELD_BACK:
            continue
        print(
            f"{article.split:8} {article.source_id:52} {len(labelled):6} {len(proposed):5} {hits:5}"
            f" {precision:5.2f} {recall:5.2f} {f1:5.2f}"
        )
        misses = field_misses.setdefault(article.split, Counter())
        for missed in set(labelled) - set(proposed):
            misses.update(f"missed: {f}" for f in _nearest_fields(missed, proposed))
            if show_rows:
                print(f"    missed   {missed}")
        for extra in set(proposed) - set(labelled):
            misses.update(f"extra: {f}" for f in _nearest_fields(extra, labelled))
            if show_rows:
                print(f"    extra    {extra}")

    print()
    for split in SPLITS:
        total = totals.get(split, Counter())
        precision, recall, f1 = scores(total["hits"], total["proposed"], total["labelled"])
        print(
            f"{split:8} articles {sum(a.split == split for a in articles):2}  labels {total['labelled']:3}"
            f"  rows {total['proposed']:3}  hits {total['hits']:3}"
            f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
            f"  missed but listed {total['listed']:2} of {total['labelled'] - total['hits']:2}"
            + ("  (held back)" if split in HELD_BACK else "")
        )
    print("\nMisses by field (a missed label or an extra row, against the most alike row on the other side):")
    for split in (part for part in SPLITS if part not in HELD_BACK):
        listed = ", ".join(f"{name} {n}" for name, n in sorted(field_misses.get(split, Counter()).items()))
        print(f"  {split:8} {listed or 'none'}")
    print(f"\nRows whose quote or printed value is not verbatim in the text: {len(not_verbatim)}")
    for problem in not_verbatim:
        print(f"  {problem}")
    return not not_verbatim


def measure_speed(articles: list[Article], repeats: int) -> None:
    """The command as a user runs it; then the extractor alone, vocabularies loaded, on the first
    2,000 characters of each article that long."""
    shipped = next(a for a in articles if a.source_id == SHIPPED_ARTICLE)
    command = [sys.executable, "-m", "flows", "extract", str(EVAL_DIR / "articles" / f"{shipped.source_id}.txt")]
    command += ["--source-id", shipped.source_id, "--published-on", shipped.published_on, "--province", "36"]
    runs = []
    for _ in range(3):
        began = time.perf_counter()
        subprocess.run(command, cwd=PROJECT_DIR, check=True, capture_output=True)
        runs.append(time.perf_counter() - began)
    print(f"\nThe command on the shipped article, start-up included: median {statistics.median(runs):.2f} s")
    timings = []
    for article in articles:
        text = article.text
        if len(text) < SPEED_CHARS:
            continue
        text = text[:SPEED_CHARS]
        for _ in range(repeats):
            began = time.perf_counter()
            extract_article(text, article.published_on, article.language, article.province)
            timings.append(time.perf_counter() - began)
    if timings:
        print(
            f"A {SPEED_CHARS}-character article: median {statistics.median(timings) * 1000:.1f} ms,"
            f" slowest {max(timings) * 1000:.1f} ms ({len(timings)} runs)"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="list every missed and extra row")
    parser.add_argument("--repeats", type=int, default=20, help="timed runs per article")
    args = parser.parse_args(argv)
    articles = corpus()
    verbatim = evaluate(articles, args.rows)
    measure_speed(articles, args.repeats)
    return 0 if verbatim else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
