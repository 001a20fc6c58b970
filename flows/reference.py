"""The reference catalogues (dbt seeds) that the loader validates raw files against."""

import csv
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from pathlib import Path

from flows.settings import REFERENCE_DIR

# The code lists of the raw files (docs/contract.md), each a seed of its own.
CODE_LISTS = ("measures", "statuses", "comparators", "price_bases", "source_kinds", "languages")


@dataclass(frozen=True)
class Unit:
    code: str
    mart_unit: str
    factor_to_mart_unit: Decimal
    words: dict[str, tuple[str, ...]]  # language -> unit words as printed


@dataclass(frozen=True)
class Province:
    """A unit: its code and the days it was valid (None: before what the table vouches for, or still)."""

    code: str
    valid_from: date | None
    valid_to: date | None
    name_vi: str
    successor_code: str | None


@dataclass(frozen=True)
class ProvinceAlias:
    code: str
    alias: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class Reference:
    indicator_units: dict[str, str]  # indicator_code -> unit in the marts
    fact_tables: tuple[str, ...]  # the yearly facts the catalogue's indicators go to, in its order
    units: dict[str, Unit]
    provinces: tuple[Province, ...]
    province_aliases: tuple[ProvinceAlias, ...]
    sign_words: dict[tuple[str, str], int]  # (language, folded words) -> -1 for a decrease, 1 for an increase
    currency_prefixes: dict[tuple[str, str], str]  # (language, folded prefix) -> the currency as written after
    code_lists: dict[str, Path]  # code list -> its seed, which the rules read whole
    number_locales: dict[str, str]  # language code -> the Babel locale its numbers are written in

    def unit_for_words(self, words: str, language: str) -> Unit | None:
        return self._units_by_words.get((language, fold(words)))

    def units_beginning_with(self, words: str, language: str) -> list[Unit]:
        """The units whose words begin with these words and go on: "tỷ" begins tỷ đồng and tỷ USD."""
        start = fold(words) + " "
        found = {
            unit.code: unit
            for (unit_language, unit_words), unit in self._units_by_words.items()
            if unit_language == language and unit_words.startswith(start)
        }
        return sorted(found.values(), key=lambda unit: unit.code)

    @cached_property
    def _units_by_words(self) -> dict[tuple[str, str], Unit]:
        """(language, folded words) -> unit: one lookup per figure instead of a scan."""
        return {
            (language, fold(words)): unit
            for unit in self.units.values()
            for language, all_words in unit.words.items()
            for words in all_words
        }


@lru_cache(maxsize=1024)  # unit words are few; a load asks about them once per figure
def fold(text: str) -> str:
    """Words as compared: composed, case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def load_reference(directory: Path = REFERENCE_DIR) -> Reference:
    units = {
        row["unit_code"]: Unit(
            code=row["unit_code"],
            mart_unit=row["mart_unit"],
            factor_to_mart_unit=Decimal(row["factor_to_mart_unit"]),
            words={
                "vi": tuple(row["words_vi"].split("|")),
                "en": tuple(row["words_en"].split("|")),
            },
        )
        for row in _rows(directory / "units.csv")
    }
    indicators = _rows(directory / "indicators.csv")
    return Reference(
        indicator_units={r["indicator_code"]: r["mart_unit"] for r in indicators},
        fact_tables=tuple(dict.fromkeys(r["fact_table"] for r in indicators)),
        units=units,
        provinces=tuple(
            Province(
                code=r["province_code"],
                valid_from=_day(r["valid_from"]),
                valid_to=_day(r["valid_to"]),
                name_vi=r["name_vi"],
                successor_code=r["successor_code"] or None,
            )
            for r in _rows(directory / "provinces.csv")
        ),
        province_aliases=tuple(
            ProvinceAlias(r["province_code"], r["alias"], _day(r["valid_from"]), _day(r["valid_to"]))
            for r in _rows(directory / "province_aliases.csv")
        ),
        sign_words={
            (r["language"], fold(r["words"])): -1 if r["direction"] == "decrease" else 1
            for r in _rows(directory / "sign_words.csv")
        },
        currency_prefixes={
            (r["language"], fold(r["prefix"])): r["currency_words"] for r in _rows(directory / "currency_prefixes.csv")
        },
        code_lists={name: directory / f"{name}.csv" for name in CODE_LISTS},
        number_locales={r["language_code"]: r["number_locale"] for r in _rows(directory / "languages.csv")},
    )


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None
