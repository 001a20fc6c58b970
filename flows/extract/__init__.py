"""Figures from article text: propose raw observation rows for an analyst to review.

`extract_article` reads an article with deterministic rules over the warehouse's vocabularies
(flows/extract/rules.py says how each field is decided and decides it, with the rules of each
subject in a module of its own: subjects.py the indicator, places.py the province, period_rules.py
the period, measures.py the measure and comparator, statuses.py the status; rows.py holds the
rows; flows/extract/tables.py reads a statistics office's table) and returns the rows, in the
observations raw format, and what it saw but did not propose, each with its reason.
"""

import csv
import io

from flows.extract.rows import Extraction, Publication, Row, Skipped
from flows.extract.rules import ArticleReader
from flows.extract.tables import read_tables
from flows.extract.text import read_article
from flows.extract.vocabulary import load_vocabulary

OBSERVATION_COLUMNS = (
    "source_id", "province_code", "indicator_code", "period", "measure", "status", "comparator",
    "value", "unit", "price_basis", "value_as_published", "quote",
)  # fmt: skip
VIETNAMESE_LETTERS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")

__all__ = ["Extraction", "Row", "Skipped", "extract_article", "guess_language", "observations_csv", "review_listing"]


def guess_language(text: str) -> str:
    """Vietnamese where a twentieth of the letters or more carry its marks, else English."""
    letters = [c for c in text.lower() if c.isalpha()]
    marked = sum(c in VIETNAMESE_LETTERS for c in letters)
    return "vi" if letters and marked * 20 >= len(letters) else "en"


def extract_article(
    text: str, published_on: str, language: str | None = None, province: str | None = None, kind: str = "press"
) -> Extraction:
    """Rows for the figures of the warehouse's indicators in `text`, and the review listing.
    `province` is the GSO code; without it, the province the text names (most often) is used.
    `kind` is the source's (press, yearbook, report, resolution): a yearbook's figures are actual."""
    language = language or guess_language(text)
    publication = Publication.parse(published_on)
    vocabulary = load_vocabulary(language)
    article = read_article(text)
    reader = ArticleReader(article, vocabulary, publication, province, kind)  # with no province, each one's
    extraction = reader.read()
    return _with_tables(extraction, read_tables(article, vocabulary, publication, reader.province, kind))


def _with_tables(extraction: Extraction, tables: Extraction) -> Extraction:
    """The prose's rows, then the table's that the prose did not give."""
    keys = {row.key for row in extraction.rows}
    extraction.rows += [row for row in tables.rows if row.key not in keys]
    extraction.skipped += tables.skipped
    return extraction


def observations_csv(rows: list[Row], source_id: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OBSERVATION_COLUMNS)
    for row in rows:
        writer.writerow([
            source_id, row.province_code, row.indicator_code, row.period, row.measure, row.status,
            row.comparator, row.value, row.unit, row.price_basis, row.value_as_published, row.quote,
        ])  # fmt: skip
    return out.getvalue()


def review_listing(skipped: list[Skipped], article_name: str) -> str:
    """`article:line: figure: reason`, then the sentence, for each figure seen and not proposed."""
    return "".join(
        f"{article_name}:{item.line}: {item.printed}: {item.reason}\n    {item.sentence}\n" for item in skipped
    )
