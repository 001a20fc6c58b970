"""Read a figure as it was printed ("83.365 tỷ đồng", "giảm 8,04%", "VND33 trillion", "down 4.5 percent",
"a 19 percent increase").

The number part is parsed with Babel's locale data for the source's language, so the
thousands and decimal marks follow the language. The decimals as printed are kept: they
are the figure's precision. The words around it come from the reference seeds: unit words
(units.csv), words that give a change its direction (sign_words.csv) and currencies written
before the number (currency_prefixes.csv).
"""

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from flows.reference import Reference, Unit, fold

NUMBER_PLACE = "…"  # where the figure stands in a wording around it: "a … increase"
_NUMBER_THEN_WORDS = re.compile(r"^([+-]?\d[\d.,]*)\s*(.*?)$", re.DOTALL)


class PublishedNumberError(ValueError):
    """The text is not a number written the way its language writes numbers."""


@dataclass(frozen=True)
class PublishedNumber:
    value: Decimal  # signed: "giảm 8,04%" is -8.04
    decimals: int
    unit: Unit | None  # None: no unit words, the number is in the row's unit
    sign_words: str | None = None  # the words that gave the sign ("giảm"), if any
    sign: int = 1  # what those words say: -1 a decrease, 1 an increase


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


def _longest_prefix(text: str, candidates: list[str], then: str) -> str | None:
    """The longest candidate the text begins with, where `then` matches what follows it."""
    found = [c for c in candidates if text.startswith(c) and re.match(then, text[len(c) :])]
    return max(found, key=len, default=None)


def _words_around(text: str, candidates: list[str]) -> tuple[str | None, str]:
    """The longest wording with the figure in its middle ("a … increase") that the text is
    written in, and the figure it holds ("19 percent"); else None and the text as it is."""
    found = []
    for words in candidates:
        before, after = (part.strip() for part in words.split(NUMBER_PLACE, 1))
        head = f"{before} " if before else ""
        if text.startswith(head) and text.endswith(f" {after}") and len(text) > len(head) + len(after) + 1:
            found.append((len(before) + len(after), words, text[len(head) : -len(after)].strip()))
    if not found:
        return None, text
    _, words, inner = max(found)
    return words, inner


def _words_before(text: str, language: str, reference: Reference) -> tuple[str | None, str | None, str]:
    """The words of a change around or before the number and the currency printed before it,
    and what follows them. Most figures start with their number: those are not searched."""
    if text[:1].isdigit() or text[:1] in "+-":
        return None, None, text
    wordings = [w for (lang, w) in reference.sign_words if lang == language]
    sign_words, text = _words_around(text, [w for w in wordings if NUMBER_PLACE in w])
    if not sign_words:
        sign_words = _longest_prefix(text, [w for w in wordings if NUMBER_PLACE not in w], then=r" ")
        if sign_words:
            text = text[len(sign_words) :].lstrip()
    prefix = _longest_prefix(
        text, [p for (lang, p) in reference.currency_prefixes if lang == language], then=r" ?[+-]?\d"
    )
    if prefix:
        text = text[len(prefix) :].lstrip()
    return sign_words, prefix, text


def parse_published(text: str, language: str, reference: Reference) -> PublishedNumber:
    sign_words, prefix, rest = _words_before(fold(text), language, reference)
    match = _NUMBER_THEN_WORDS.match(rest)
    if not match:
        if sign_words or prefix:
            raise PublishedNumberError(f"has no number after {prefix or sign_words!r}")
        raise PublishedNumberError("does not start with a number")
    number, words = match.groups()
    if sign_words and number[0] in "+-":
        raise PublishedNumberError(
            f"is ambiguous: it gives its sign twice, by the words {sign_words!r} and by {number[0]!r}"
        )
    value, decimals = _parse_number(number, language, reference.number_locales[language])
    sign = reference.sign_words[(language, sign_words)] if sign_words else 1
    if sign_words:
        value = abs(value) * sign
    unit = _unit_of(words, reference.currency_prefixes[(language, prefix)] if prefix else None, language, reference)
    return PublishedNumber(value=value, decimals=decimals, unit=unit, sign_words=sign_words, sign=sign)


def _unit_of(words: str, currency: str | None, language: str, reference: Reference) -> Unit | None:
    """The unit the words after the number name, with a currency written before the number
    ("US$1.2 billion" reads as "1.2 billion USD"); None when there are no words at all."""
    if currency and words and reference.unit_for_words(words, language):
        raise PublishedNumberError(f"is ambiguous: it names its currency twice, {currency!r} and {words!r}")
    all_words = f"{words} {currency}".strip() if currency else words
    if not all_words:
        return None
    if unit := reference.unit_for_words(all_words, language):
        return unit
    if len(candidates := reference.units_beginning_with(all_words, language)) > 1:
        names = " or ".join(unit.words[language][0] for unit in candidates)
        raise PublishedNumberError(f"is ambiguous: {all_words!r} names no currency (it could be {names})")
    raise PublishedNumberError(f"unknown unit words {all_words!r} for language {language!r}")


@dataclass(frozen=True)
class Reading:
    """How a printed figure reads in a row's unit: a problem, or the value and its precision."""

    problem: str | None = None
    value: str | None = None  # in the row's unit, normalised: 2.200 tỷ USD in usd_mn is "2200"
    value_is_exact: bool = False  # fits DECIMAL(38, 9), where the rules compare it with the row's value
    published_decimals: int | None = None
    precision_unit: str | None = None
    sign_note: str | None = None  # why it reads with its sign: "'giảm' is a decrease"


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
    direction = "a decrease" if published.sign < 0 else "an increase"
    return Reading(
        value=f"{value:f}",
        value_is_exact=exact,
        published_decimals=published.decimals,
        precision_unit=in_unit.code,
        sign_note=f"{published.sign_words!r} is {direction}" if published.sign_words else None,
    )
