"""Printed figures: a number with its unit words ("83.365 tỷ đồng", "14,5%", "108.5 trillion VND"),
read as the loader reads `value_as_published` (flows/published_numbers.py, Babel)."""

import re
from dataclasses import dataclass
from decimal import Decimal

from flows.extract.vocabulary import Vocabulary
from flows.published_numbers import PublishedNumber, PublishedNumberError, parse_published
from flows.reference import Unit

# A minus sign is the number's own only after a space or a bracket ("với -10,5% YoY", "(-1,54%)"),
# not in a range ("2016-2020") or a date
# a number and its unit word, or one glued to its Vietnamese scale word ("460triệu USD")
_NUMBER = re.compile(r"(?:(?<![^\s(])-|(?<![\w.,/-]))\d+(?:[.,]\d+)*(?:(?!\w)|(?=(?:triệu|tỷ|tỉ)\s))")
# "VND63,901bil", "US$5,933mil", "$2.5 bln", "USD 442 m": the scale shortened as business pages print it
_SHORT_SCALES = {"mln": "million", "mil": "million", "m": "million", "bln": "billion", "bil": "billion", "bn": "billion",
                 "tril": "trillion", "trn": "trillion"}  # fmt: skip
# "44 nghìn 318 tỷ đồng": thousands of billions and billions, spelt as they are said
_THOUSANDS_SPELT = re.compile(
    r"(?<![\w.,])(?P<thousands>\d{1,3})\s+(?:nghìn|ngàn)\s+(?P<rest>\d{3})\s+(?:tỷ|tỉ)\s+đồng(?!\w)"
)
# "244. 820 tỷ đồng": a thousands point with a stray space after it, one amount (never "820 tỷ đồng"); a
# group of three digits and the amount's unit words must follow
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,/-])(?P<head>\d{1,3})\. (?P<rest>\d{3}(?:[.,]\d+)*)(?!\w)")
# Billions of dollars no province's nor the country's trade reaches in a year
_A_THOUSAND = Decimal(1000)
# "5 tỷ 508 triệu USD": billions and millions, spelt as they are said (one amount, never "508 triệu USD")
_MILLIONS_SPELT = re.compile(
    r"(?<![\w.,])(?P<billions>\d{1,3})\s+(?:tỷ|tỉ)\s+(?P<rest>\d{1,3})\s+triệu\s+(?P<currency>USD|đồng)(?!\w)"
)
# "2.435,2 Tr.USD": millions shortened "Tr.", as departments' reports print them (a form the loader does not read)
_MILLIONS_SHORT = re.compile(r"(?<![\w.,/-])(?P<number>\d+(?:[.,]\d+)*)\s*Tr\.\s?(?P<currency>USD|đồng)(?!\w)")
# "VND1.4 quadrillion", "1.99 quadrillion VND": thousands of trillions of dong, as English pages print the
# country's and the largest provinces' retail sales (a scale the units seed does not name); the currency is printed
# on one side of it, so a count of something else is not taken
_QUADRILLION = re.compile(
    r"(?<![\w.,/-])(?:(?P<before>VNĐ|VND)\s?)?(?P<number>\d+(?:[.,]\d+)*)\s+quadrillion"
    r"(?:\s+(?P<after>VNĐ|VND|dong)(?!\w))?",
    re.IGNORECASE,
)
# "a sharp fall of nine percent", "the three leading localities": a number under eleven spelt out, as English
# style writes it
EN_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                    "ten": 10}  # fmt: skip
_EN_NUMBER_SPELT = re.compile(r"(?<![\w-])(?:" + "|".join(EN_NUMBER_WORDS) + r")(?=\s|-percent)", re.IGNORECASE)
_PER_YEAR = re.compile(r"^\s*/\s*(?:năm|year)")
# "an increase of 12-15 percent": a range, proposed as its lower bound
_RANGE = re.compile(
    r"(?<![\w.,/-])(?P<low>\d+(?:[.,]\d+)?)\s?[-\u2013]\s?\d+(?:[.,]\d+)?(?=\s?(?:%|percent|per\s+cent))"
)

# "from … to 2.9 billion USD in July and further to 2.5 billion in November": an English amount whose currency,
# said with the amount before it in the sentence, is not printed again; what follows the scale is a preposition
# or a stop, not a thing counted ("1.5 million tonnes")
_BARE_SCALE = re.compile(
    r"(?<![\w.,/-])\d+(?:[.,]\d+)*\s+(?P<scale>million|billion|trillion)"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:in|for|during|to|and|last|this|by)(?!\w))"
)
_CURRENCY_WORDS = {"usd": "USD", "vnd": "VND"}

# "Lai Châu mới đạt khoảng 270.000 USD", "85.420 nghìn USD": dollars counted singly or in thousands, below the
# scales the units seed names; read in millions, a form the loader does not read. Not a price ("1.500 USD/tấn",
# "512 USD per tonne"): a thousand dollars or more, and no "/", "per", "một", "mỗi" after it
_DOLLARS = re.compile(
    r"(?<![\w.,/-])(?P<number>\d{1,3}(?:[.,]\d{3})+)\s*(?P<thousands>(?:nghìn|ngàn|thousand)\s+)?"
    r"(?:USD|đô la Mỹ|US dollars)(?!\w)(?!\s*(?:/|per\b|một\b|mỗi\b|a\s+tonne))",
    re.IGNORECASE,
)

# "was up between 6.8 and 8.9 per cent": the upper end of a range whose low end prints no unit words
_BETWEEN_LOW_END = re.compile(r"(?<!\w)between\s+\d+(?:[.,]\d+)?\s+and\s+$")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int  # after the unit words
    printed: str  # verbatim: "83.365 tỷ đồng"
    value: Decimal | None
    unit: Unit | None
    problem: str | None = None  # why it could not be read
    lower_bound: bool = False  # printed as a range ("12-15 percent"): its value is the low end


def find_figures(text: str, folded: str, start: int, end: int, vocabulary: Vocabulary) -> list[Figure]:
    """The numbers between start and end that carry unit words, or that the loader could not
    read for their form (a currency sign before the number, "%/năm")."""
    figures = []
    if vocabulary.language == "en":
        figures += [f for match in _QUADRILLION.finditer(text, start, end) if (f := _quadrillion(match, vocabulary))]
    currency_first = vocabulary.currency_first.finditer(folded, start, end)
    figures += [
        _currency_first(text, match, vocabulary)
        for match in currency_first
        if not any(f.start <= match.start() < f.end for f in figures)
    ]
    figures += [_thousands_spelt(match, vocabulary) for match in _THOUSANDS_SPELT.finditer(text, start, end)]
    figures += [_millions_spelt(match, vocabulary) for match in _MILLIONS_SPELT.finditer(text, start, end)]
    if vocabulary.language == "vi":
        figures += [
            f for match in _MILLIONS_SHORT.finditer(text, start, end) if (f := _millions_short(match, vocabulary))
        ]
    figures += [f for match in _RANGE.finditer(text, start, end) if (f := _range(text, folded, match, end, vocabulary))]
    if vocabulary.language == "vi":
        figures += [
            f
            for match in _SPACED_THOUSANDS.finditer(text, start, end)
            if (f := _spaced_thousands(text, folded, match, end, vocabulary))
        ]
    if vocabulary.language == "en":
        figures += [
            f for match in _EN_NUMBER_SPELT.finditer(text, start, end) if (f := _spelt(match, folded, end, vocabulary))
        ]
    taken = [(f.start, f.end) for f in figures]
    for number in _NUMBER.finditer(text, start, end):
        if any(begin <= number.start() < finish for begin, finish in taken):
            continue
        words = vocabulary.unit_words.match(folded, number.end(), end)
        if words is None:
            continue
        figure_end = words.end()
        printed = text[number.start() : figure_end]
        if _BETWEEN_LOW_END.search(folded, max(start, number.start() - 40), number.start()):
            figures.append(_unreadable(text, number.start(), figure_end, "the upper end of a range ('between … and')"))
            continue
        if _PER_YEAR.match(text[figure_end:end]):
            figures.append(_unreadable(text, number.start(), figure_end, "a rate per year (%/năm)"))
            continue
        try:
            reading = parse_published(printed, vocabulary.language, vocabulary.reference)
        except PublishedNumberError as error:
            misprint = _decimal_point_in_vietnamese(printed, vocabulary)
            if misprint is not None:
                figures.append(Figure(number.start(), figure_end, printed, misprint.value, misprint.unit))
            else:
                figures.append(_unreadable(text, number.start(), figure_end, str(error)))
            continue
        misprint = _decimal_point_in_billions_of_dollars(printed, reading, vocabulary)
        if misprint is not None:
            figures.append(Figure(number.start(), figure_end, printed, misprint.value, misprint.unit))
            continue
        figures.append(Figure(number.start(), figure_end, printed, reading.value, reading.unit))
    if vocabulary.language == "en":
        figures += _bare_scales(text, folded, start, end, vocabulary, figures)
    figures += [
        f
        for match in _DOLLARS.finditer(text, start, end)
        if not any(g.start <= match.start() < g.end for g in figures) and (f := _dollars(match, vocabulary))
    ]
    return sorted(figures, key=lambda f: f.start)


def _bare_scales(
    text: str, folded: str, start: int, end: int, vocabulary: Vocabulary, figures: list[Figure]
) -> list[Figure]:
    """ "… to 2.9 billion USD in July and further to 2.5 billion in November": an amount printed with its
    scale alone takes the currency of the amount nearest before it in the sentence. The loader does not read
    the printed form, so the row's `value_as_published` is left blank."""
    found = []
    for match in _BARE_SCALE.finditer(folded, start, end):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        before = [f for f in figures if f.end <= match.start() and f.unit is not None and f.unit.code != "pct"]
        currency = _CURRENCY_WORDS.get(before[-1].unit.code.partition("_")[0]) if before and before[-1].unit else None
        if currency is None:
            continue
        number = text[match.start() : match.end()]
        try:
            reading = parse_published(f"{number} {currency}", "en", vocabulary.reference)
        except PublishedNumberError:
            continue
        found.append(Figure(match.start(), match.end(), number, reading.value, reading.unit))
    return found


def _dollars(match: re.Match[str], vocabulary: Vocabulary) -> Figure | None:
    """ "270.000 USD" read as 0.27 million USD, "85.420 nghìn USD" as 85.42."""
    try:
        reading = parse_published(f"{match.group('number')} triệu USD", vocabulary.language, vocabulary.reference)
    except PublishedNumberError:
        return None
    millions = reading.value / (1000 if match.group("thousands") else 1_000_000)
    return Figure(match.start(), match.end(), match.group(), millions, vocabulary.reference.units["usd_mn"])


def _spelt(match: re.Match[str], folded: str, end: int, vocabulary: Vocabulary) -> Figure | None:
    """ "nine percent" read as "9 percent", and so "an eight-percent increase"; its printed form is not one
    the loader reads."""
    hyphen = int(folded.startswith("-", match.end()))
    words = vocabulary.unit_words.match(folded, match.end() + hyphen, end)
    if words is None:
        return None
    number = EN_NUMBER_WORDS[match.group(0).lower()]
    try:
        reading = parse_published(f"{number}{folded[match.end() + hyphen : words.end()]}", "en", vocabulary.reference)
    except PublishedNumberError:
        return None
    return Figure(match.start(), words.end(), match.string[match.start() : words.end()], reading.value, reading.unit)


def _currency_first(text: str, match: re.Match[str], vocabulary: Vocabulary) -> Figure:
    """Read as the same words in the usual order: "VND8.1 trillion" as "8.1 trillion VND", the
    currency as the loader's currency_prefixes.csv writes it after the number."""
    scale = match.group("scale") or _SHORT_SCALES.get(match.group("short") or "")
    if not scale:
        return _unreadable(text, match.start(), match.end(), "an amount with the currency but no scale")
    currency = vocabulary.reference.currency_prefixes[("en", " ".join(match.group("currency").split()))]
    usual = f"{match.group('number')} {scale} {currency}"
    try:
        reading = parse_published(usual, "en", vocabulary.reference)
    except PublishedNumberError as error:
        return _unreadable(text, match.start(), match.end(), str(error))
    return Figure(match.start(), match.end(), text[match.start() : match.end()], reading.value, reading.unit)


def _range(text: str, folded: str, match: re.Match[str], end: int, vocabulary: Vocabulary) -> Figure | None:
    """ "12-15 percent" read as "12 percent", at least: the low end with the range's unit words."""
    words = vocabulary.unit_words.match(folded, match.end(), end)
    if words is None:
        return None
    try:
        reading = parse_published(
            match.group("low") + text[match.end() : words.end()], vocabulary.language, vocabulary.reference
        )
    except PublishedNumberError:
        return None
    printed = text[match.start() : words.end()]
    return Figure(match.start(), words.end(), printed, reading.value, reading.unit, lower_bound=True)


def _spaced_thousands(text: str, folded: str, match: re.Match[str], end: int, vocabulary: Vocabulary) -> Figure | None:
    """ "244. 820 tỷ đồng" read as "244.820 tỷ đồng"; its printed form is not one the loader reads."""
    words = vocabulary.unit_words.match(folded, match.end(), end)
    if words is None:
        return None
    joined = f"{match.group('head')}.{match.group('rest')}{text[match.end() : words.end()]}"
    try:
        reading = parse_published(joined, vocabulary.language, vocabulary.reference)
    except PublishedNumberError:
        return None
    return Figure(match.start(), words.end(), text[match.start() : words.end()], reading.value, reading.unit)


def _thousands_spelt(match: re.Match[str], vocabulary: Vocabulary) -> Figure:
    billions = int(match.group("thousands")) * 1000 + int(match.group("rest"))
    return Figure(match.start(), match.end(), match.group(), Decimal(billions), vocabulary.reference.units["vnd_bn"])


def _millions_spelt(match: re.Match[str], vocabulary: Vocabulary) -> Figure:
    if match.group("currency") != "USD":  # "743 tỷ 860 triệu đồng": in billions, as amounts in đồng are kept
        billions = Decimal(f"{match.group('billions')}.{int(match.group('rest')):03d}")
        return Figure(match.start(), match.end(), match.group(), billions, vocabulary.reference.units["vnd_bn"])
    millions = int(match.group("billions")) * 1000 + int(match.group("rest"))
    return Figure(match.start(), match.end(), match.group(), Decimal(millions), vocabulary.reference.units["usd_mn"])


def _millions_short(match: re.Match[str], vocabulary: Vocabulary) -> Figure | None:
    """ "2.435,2 Tr.USD" read as "2.435,2 triệu USD"."""
    try:
        reading = parse_published(
            f"{match.group('number')} triệu {match.group('currency')}", "vi", vocabulary.reference
        )
    except PublishedNumberError:
        return None
    return Figure(match.start(), match.end(), match.group(), reading.value, reading.unit)


def _quadrillion(match: re.Match[str], vocabulary: Vocabulary) -> Figure | None:
    """ "VND1.4 quadrillion" read as 1,400 trillion VND; its printed form is not one the loader reads."""
    if not (match.group("before") or match.group("after")):
        return None
    try:
        reading = parse_published(f"{match.group('number')} trillion VND", "en", vocabulary.reference)
    except PublishedNumberError:
        return None
    return Figure(match.start(), match.end(), match.group(), (reading.value * 1000).normalize(), reading.unit)


def _decimal_point_in_vietnamese(printed: str, vocabulary: Vocabulary) -> PublishedNumber | None:
    """ "(+21.13%)", "1.05 tỷ USD" in a Vietnamese text: a number whose point can only be a decimal
    one (a thousands point is followed by three digits). Its value is read; the loader does not read
    the printed form, so the row's `value_as_published` is left blank and the review says so. An English
    text's "6,6 trillion dong", a comma before one or two digits, likewise."""
    mark = {"vi": ".", "en": ","}.get(vocabulary.language)
    if mark is None or not re.match(rf"-?\d+\{mark}\d{{1,2}}(?![\d.,])", printed):
        return None
    return _read_with_mark_swapped(printed, mark, vocabulary)


def _decimal_point_in_billions_of_dollars(
    printed: str, reading: PublishedNumber, vocabulary: Vocabulary
) -> PublishedNumber | None:
    """ "ước đạt 1.726 tỷ USD" in a Vietnamese text: read with a thousands point, a thousand billion
    dollars or more, beyond any province's or the country's trade in a year; its point can only be a
    decimal one, as in "1,726 tỷ USD". The row's `value_as_published` is left blank, as for other misprints."""
    unit = reading.unit
    if vocabulary.language != "vi" or unit is None or unit.code != "usd_bn" or abs(reading.value) < _A_THOUSAND:
        return None
    if not re.match(r"-?\d{1,3}\.\d{3}(?![\d.,])", printed):  # one thousands point, no decimals
        return None
    return _read_with_mark_swapped(printed, ".", vocabulary)


def _read_with_mark_swapped(printed: str, mark: str, vocabulary: Vocabulary) -> PublishedNumber | None:
    """The number read with its point for a comma, or its comma for a point, as the text meant it."""
    try:
        return parse_published(
            printed.replace(mark, "." if mark == "," else ","), vocabulary.language, vocabulary.reference
        )
    except PublishedNumberError:
        return None


def _unreadable(text: str, start: int, end: int, problem: str) -> Figure:
    return Figure(start, end, text[start:end], None, None, problem)
