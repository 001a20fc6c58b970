"""The words the rules know, read at run time: the extractor's phrases (flows/extract/phrases.csv),
the units' words and the province aliases of the reference seeds."""

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from flows.extract.text import fold
from flows.reference import ProvinceAlias, Reference, load_reference
from flows.settings import REFERENCE_DIR

PHRASES_FILE = Path(__file__).with_name("phrases.csv")


@dataclass(frozen=True)
class Mention:
    """A phrase of the vocabulary found in the article: its kind (indicator, other, part, national,
    estimate, target, comparator, up, down, excess, attain, plan, share, previous_period,
    price_basis, province) and the value it stands for (a code, or why it is not proposed)."""

    start: int
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class Vocabulary:
    reference: Reference
    language: str
    phrases: re.Pattern[str]  # one alternation, longest phrases first, over folded text
    meaning: dict[str, list[tuple[str, str]]]  # folded phrase -> (kind, value) pairs
    unit_words: re.Pattern[str]
    aliases: dict[str, list[ProvinceAlias]]  # folded alias -> its codes over time
    currency_first: re.Pattern[str]  # "US$1.2 billion", "$US 2.584 billion": a currency before the number
    currency_prefixes: str  # those of currency_prefixes.csv ("US$", "VND"), one alternation over folded text

    def mentions(self, folded: str, start: int, end: int) -> list[Mention]:
        found = []
        for match in self.phrases.finditer(folded, start, end):
            phrase = re.sub(r"\s+", " ", _ABBREVIATION_INSIDE.sub(" ", match.group()))
            for kind, value in self.meaning[phrase]:
                found.append(Mention(match.start(), match.end(), kind, value))
        return found

    def province_at(self, folded_alias: str, on: date) -> str | None:
        for alias in self.aliases.get(folded_alias, []):
            if (alias.valid_from is None or alias.valid_from <= on) and (
                alias.valid_to is None or on <= alias.valid_to
            ):
                return alias.code
        return None


def _abbreviation_spellings(alias: str) -> set[str]:
    """The spellings of "TP" (thành phố) the press uses: with a dot, a space, or both."""
    match = re.match(r"tp\.?\s*(.+)", alias)
    return {f"tp{sep}{match.group(1)}" for sep in (" ", ".", ". ")} - {alias} if match else set()


def _dash_spellings(alias: str) -> set[str]:
    """A name joined by a dash as the press prints it: hyphen or en dash, spaced, not, or on one side
    ("Ba Ria - Vung Tau", "Ba Ria \u2013 Vung Tau", "Ba Ria-Vung Tau", "Bà Rịa- Vũng Tàu")."""
    parts = re.split("\\s*[-\u2013\u2014]\\s*", alias)
    if len(parts) < 2:
        return set()
    joints = ("-", "\u2013", " - ", " \u2013 ", "- ", "\u2013 ", " -", " \u2013")
    return {joint.join(parts) for joint in joints} - {alias}


def _alternation(phrases: list[str], between: str = r"\s+") -> str:
    """Longest first, each word bounded, any run of spaces between words (or `between`)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(between.join(re.escape(word) for word in phrase.split()) for phrase in ordered)


# A phrase's abbreviation in brackets inside it: "chỉ số phát triển sản xuất (PTSX) công nghiệp", also
# printed against the next word ("(PTSX)công nghiệp"). Matched between a phrase's words, then dropped to
# look the phrase up.
_ABBREVIATION = r"\([^\W\d_]{2,6}\)"
_BETWEEN_WORDS = rf"\s+(?:{_ABBREVIATION}\s*)?"
_ABBREVIATION_INSIDE = re.compile(rf"\s+{_ABBREVIATION}\s*(?=\w)")


@cache
def load_vocabulary(language: str, reference_dir: Path = REFERENCE_DIR) -> Vocabulary:
    reference = load_reference(reference_dir)
    meaning: dict[str, list[tuple[str, str]]] = {}
    with PHRASES_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["language"] in (language, "any"):
                meaning.setdefault(fold(row["phrase"]), []).append((row["kind"], row["value"]))
    aliases: dict[str, list[ProvinceAlias]] = {}
    for alias in reference.province_aliases:
        aliases.setdefault(fold(alias.alias), []).append(alias)
    for alias, versions in list(aliases.items()):
        for spelling in _abbreviation_spellings(alias) | _dash_spellings(alias):  # "TP HCM", "TP.HCM" alike
            aliases.setdefault(spelling, versions)
    for alias in aliases:
        meaning.setdefault(alias, []).append(("province", alias))
    words = [fold(w) for unit in reference.units.values() for w in unit.words[language]]
    return Vocabulary(
        reference=reference,
        language=language,
        phrases=re.compile(rf"(?<!\w)(?:{_alternation(list(meaning), _BETWEEN_WORDS)})(?!\w)"),
        meaning=meaning,
        unit_words=re.compile(rf"\s?(?:{_alternation(words)})(?!\w)"),
        aliases=aliases,
        currency_first=_currency_first(reference),
        currency_prefixes=_alternation([prefix for _, prefix in reference.currency_prefixes]),
    )


def _currency_first(reference: Reference) -> re.Pattern[str]:
    """A currency written before the number as the loader reads it (currency_prefixes.csv), over
    folded text, then the scale in full or shortened as business pages print it ("VND63,901bil")."""
    prefixes = [prefix for language, prefix in reference.currency_prefixes if language == "en"]
    return re.compile(
        rf"(?<!\w)(?P<currency>{_alternation(prefixes)})\s?(?P<number>\d+(?:[.,]\d+)*)"
        r"(?:\s*(?P<scale>million|billion|trillion)|\s?(?P<short>mln|mil|m|bln|bil|bn|tril|trn))?(?!\w)"
    )
