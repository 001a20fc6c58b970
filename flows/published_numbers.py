"""Read a figure as it was printed ("83.365 tỷ đồng", "14,5%", "108.5 trillion VND").

The number part is parsed with Babel's locale data for the source's language, so the
thousands and decimal marks follow the language. The decimals as printed are kept: they
are the figure's precision.
"""

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from flows.reference import Reference, Unit

_NUMBER_THEN_WORDS = re.compile(r"^\s*([+-]?\d[\d.,]*)\s*(.*?)\s*$", re.DOTALL)


class PublishedNumberError(ValueError):
    """The text is not a number written the way its language writes numbers."""


@dataclass(frozen=True)
class PublishedNumber:
    value: Decimal
    decimals: int
    unit: Unit | None  # None: no unit words, the number is in the row's unit


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@lru_cache(maxsize=65536)
def _parse_number(number: str, language: str, locale: str) -> tuple[Decimal, int]:
    """Babel's parse and the decimals as printed, once per distinct string: a national load
    repeats the same figures often."""
    try:
        value = parse_decimal(number, locale=locale, strict=True)
        return value, decimals_of(value)
    except NumberFormatError as error:
        raise PublishedNumberError(f"{number!r} is not a number as written in {language!r}") from error


def parse_published(text: str, language: str, reference: Reference) -> PublishedNumber:
    match = _NUMBER_THEN_WORDS.match(text)
    if not match:
        raise PublishedNumberError("does not start with a number")
    number, words = match.groups()
    value, decimals = _parse_number(number, language, reference.number_locales[language])
    unit = None
    if words:
        unit = reference.unit_for_words(words, language)
        if unit is None:
            raise PublishedNumberError(f"unknown unit words {words!r} for language {language!r}")
    return PublishedNumber(value=value, decimals=decimals, unit=unit)


@dataclass(frozen=True)
class Reading:
    """How a printed figure reads in a row's unit: a problem, or the value and its precision."""

    problem: str | None = None
    value: str | None = None  # in the row's unit, normalised: 2.200 tỷ USD in usd_mn is "2200"
    value_is_exact: bool = False  # fits DECIMAL(38, 9), where the rules compare it with the row's value
    published_decimals: int | None = None
    precision_unit: str | None = None


def read_published(text: str, language: str, unit: Unit, reference: Reference) -> Reading:
    try:
        published = parse_published(text, language, reference)
    except PublishedNumberError as error:
        return Reading(problem=str(error))
    in_unit = published.unit or unit
    if in_unit.mart_unit != unit.mart_unit:
        return Reading(problem=f"its unit words are not convertible to the row's unit {unit.code}")
    value = (published.value * in_unit.factor_to_mart_unit / unit.factor_to_mart_unit).normalize()
    digits, exponent = len(value.as_tuple().digits), value.as_tuple().exponent
    exact = isinstance(exponent, int) and -exponent <= 9 and digits + exponent <= 29
    return Reading(
        value=f"{value:f}",
        value_is_exact=exact,
        published_decimals=published.decimals,
        precision_unit=in_unit.code,
    )
