"""Printed figures: a number with its unit words ("83.365 tỷ đồng", "14,5%", "108.5 trillion VND"),
read as the loader reads `value_as_published` (flows/published_numbers.py, Babel)."""

import re
from dataclasses import dataclass
from decimal import Decimal

from flows.extract.vocabulary import Vocabulary
from flows.published_numbers import PublishedNumberError, parse_published
from flows.reference import Unit

_NUMBER = re.compile(r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?!\w)")
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD|VND|VNĐ)\s?$")
_PER_YEAR = re.compile(r"^\s*/\s*(?:năm|year)")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int  # after the unit words
    printed: str  # verbatim: "83.365 tỷ đồng"
    value: Decimal | None
    unit: Unit | None
    problem: str | None = None  # why the loader could not read it as printed


def find_figures(text: str, folded: str, start: int, end: int, vocabulary: Vocabulary) -> list[Figure]:
    """The numbers between start and end that carry unit words, or that the loader could not
    read for their form (a currency sign before the number, "%/năm")."""
    figures = []
    for number in _NUMBER.finditer(text, start, end):
        words = vocabulary.unit_words.match(folded, number.end(), end)
        before = text[max(start, number.start() - 4) : number.start()]
        if _CURRENCY_BEFORE.search(before):
            figures.append(_unreadable(text, number.start(), number.end(), "the currency is written before the number"))
            continue
        if words is None:
            continue
        figure_end = words.end()
        printed = text[number.start() : figure_end]
        if _PER_YEAR.match(text[figure_end:end]):
            figures.append(_unreadable(text, number.start(), figure_end, "a rate per year (%/năm)"))
            continue
        try:
            reading = parse_published(printed, vocabulary.language, vocabulary.reference)
        except PublishedNumberError as error:
            figures.append(_unreadable(text, number.start(), figure_end, str(error)))
            continue
        figures.append(Figure(number.start(), figure_end, printed, reading.value, reading.unit))
    return figures


def _unreadable(text: str, start: int, end: int, problem: str) -> Figure:
    return Figure(start, end, text[start:end], None, None, problem)
